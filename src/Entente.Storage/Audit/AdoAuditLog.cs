using System.Data.Common;
using System.Globalization;

namespace Entente.Storage.Audit;

/// <summary>The audit log over any ADO.NET engine; SQL is common to SQLite and PostgreSQL.</summary>
internal sealed class AdoAuditLog(AdoDatabase database, SqlDialect dialect) : IAuditLog
{
    private const string Columns = "sequence, time, actor, agency, action, target, detail, previous_hash, hash";
    private const int VerifyPage = 10_000;

    // How far either side of its place a changed entry is looked for under another sequence, to tell "moved" from "changed".
    private const int MovedSearch = 1_000;

    public async Task<IReadOnlyList<AuditEntry>> AppendAsync(IReadOnlyList<NewAuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0 || entries.Any(e => e is null))
        {
            throw new ArgumentException("An append needs at least one entry, and no null one.", nameof(entries));
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var stored = await AppendAsync(connection, transaction, entries, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <summary>Appends inside a caller's transaction, so that a change and its audit entry commit together or not at all.</summary>
    internal async Task<IReadOnlyList<AuditEntry>> AppendAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<NewAuditEntry> entries,
        CancellationToken cancellationToken)
    {
        await dialect.LockForAuditAsync(connection, transaction, cancellationToken).ConfigureAwait(false);

        // The chain goes on from the recorded head, not from the last row left: entries removed from the end stay
        // visible as a gap instead of being papered over by the next append.
        var (sequence, previous) = await ReadHeadAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var stored = new List<AuditEntry>(entries.Count);
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText =
                $"INSERT INTO audit_log ({Columns}) VALUES (@sequence, @time, @actor, @agency, @action, @target, @detail, @previous, @hash)";
            foreach (var entry in entries)
            {
                sequence++;
                var hash = AuditChain.Hash(sequence, entry, previous);
                insert.Parameters.Clear();
                AdoDatabase.AddParameter(insert, "sequence", sequence);
                AdoDatabase.AddParameter(insert, "time", dialect.ToDbTime(entry.Time));
                AdoDatabase.AddParameter(insert, "actor", entry.Actor);
                AdoDatabase.AddParameter(insert, "agency", entry.Agency);
                AdoDatabase.AddParameter(insert, "action", entry.Action);
                AdoDatabase.AddParameter(insert, "target", entry.Target);
                AdoDatabase.AddParameter(insert, "detail", entry.Detail);
                AdoDatabase.AddParameter(insert, "previous", previous);
                AdoDatabase.AddParameter(insert, "hash", hash);
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                stored.Add(new AuditEntry(sequence, entry.Time, entry.Actor, entry.Agency, entry.Action, entry.Target, entry.Detail, previous, hash));
                previous = hash;
            }
        }

        await using (var head = connection.CreateCommand())
        {
            head.Transaction = transaction;
            head.CommandText =
                """
                INSERT INTO audit_head (id, sequence, hash) VALUES (1, @sequence, @hash)
                ON CONFLICT (id) DO UPDATE SET sequence = excluded.sequence, hash = excluded.hash
                """;
            AdoDatabase.AddParameter(head, "sequence", sequence);
            AdoDatabase.AddParameter(head, "hash", previous);
            await head.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return stored;
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(long afterSequence, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAsync(connection, afterSequence, limit, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        long read = 0, expected = 1;
        var previous = AuditChain.Genesis;
        while (true)
        {
            var page = await ReadAsync(connection, expected - 1, VerifyPage, cancellationToken).ConfigureAwait(false);
            foreach (var entry in page)
            {
                read++;
                if (Check(entry, expected, previous) is { } problem)
                {
                    return new AuditVerification(read, expected - 1, previous, problem.Sequence, problem.Text);
                }

                previous = entry.Hash;
                expected++;
            }

            if (page.Count < VerifyPage)
            {
                break;
            }
        }

        var last = expected - 1;
        var (headSequence, headHash) = await ReadHeadAsync(connection, null, cancellationToken).ConfigureAwait(false);
        if (headSequence > last)
        {
            var missing = headSequence == last + 1 ? Invariant($"entry {headSequence} is missing") : Invariant($"entries {last + 1} to {headSequence} are missing");
            return new AuditVerification(read, last, previous, last + 1, Invariant(
                $"{missing} (deleted from the end): the log ends at entry {last} but its head records entry {headSequence}."));
        }

        if (headSequence < last)
        {
            return new AuditVerification(read, last, previous, headSequence + 1, Invariant(
                $"entry {headSequence + 1} was not written through the log: its head records entry {headSequence} as the last."));
        }

        return headHash == previous
            ? new AuditVerification(read, last, previous, null, null)
            : new AuditVerification(read, last, previous, last, Invariant($"entry {last} is not the entry the log's head recorded."));
    }

    private static (long Sequence, string Text)? Check(AuditEntry entry, long expected, string previous)
    {
        if (entry.Sequence != expected)
        {
            return (expected, entry.Sequence == expected + 1
                ? Invariant($"entry {expected} is missing (deleted).")
                : Invariant($"entries {expected} to {entry.Sequence - 1} are missing (deleted)."));
        }

        if (AuditChain.Hash(entry) != entry.Hash)
        {
            return (expected, MovedFrom(entry) is { } from
                ? Invariant($"entry {expected} holds what was written as entry {from} (entries reordered).")
                : Invariant($"entry {expected} was modified: its content no longer gives its hash."));
        }

        return entry.PreviousHash == previous
            ? null
            : (expected, Invariant($"entry {expected} does not follow entry {expected - 1}: it holds another hash for it (entries reordered, replaced or removed)."));
    }

    // An entry whose fields and hash are intact except for its sequence was written at another place.
    private static long? MovedFrom(AuditEntry entry)
    {
        for (var delta = 1L; delta <= MovedSearch; delta++)
        {
            foreach (var sequence in (ReadOnlySpan<long>)[entry.Sequence - delta, entry.Sequence + delta])
            {
                if (sequence >= 1 && AuditChain.Hash(entry with { Sequence = sequence }) == entry.Hash)
                {
                    return sequence;
                }
            }
        }

        return null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private async Task<IReadOnlyList<AuditEntry>> ReadAsync(DbConnection connection, long afterSequence, int limit, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM audit_log WHERE sequence > @after ORDER BY sequence LIMIT @limit";
        AdoDatabase.AddParameter(command, "after", afterSequence);
        AdoDatabase.AddParameter(command, "limit", limit);
        var entries = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new AuditEntry(reader.GetInt64(0), dialect.FromDbTime(reader, 1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8)));
        }

        return entries;
    }

    private static async Task<(long Sequence, string Hash)> ReadHeadAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT sequence, hash FROM audit_head WHERE id = 1";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? (reader.GetInt64(0), reader.GetString(1)) : (0, AuditChain.Genesis);
    }
}
