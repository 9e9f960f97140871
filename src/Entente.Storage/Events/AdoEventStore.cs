using System.Data.Common;
using System.Globalization;

namespace Entente.Storage.Events;

/// <summary>The event store over any ADO.NET engine; SQL is common to SQLite and PostgreSQL.</summary>
internal sealed class AdoEventStore(AdoDatabase database, SqlDialect dialect) : IEventStore
{
    private const string Columns = "position, stream, version, type, time, actor, centre, reason, payload";

    public async Task<AppendResult> AppendAsync(
        string stream, int expectedVersion, IReadOnlyList<NewEvent> events, CancellationToken cancellationToken)
    {
        EventText.RequireName(stream, nameof(stream));
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            throw new ArgumentException("An append needs at least one event.", nameof(events));
        }

        if (events.Any(e => e is null))
        {
            throw new ArgumentException("Events must not be null.", nameof(events));
        }

        if (expectedVersion > int.MaxValue - events.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(events), "The stream's version would overflow.");
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await dialect.LockForAppendAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var actual = await CurrentVersionAsync(connection, transaction, stream, cancellationToken).ConfigureAwait(false);
        if (actual != expectedVersion)
        {
            throw new EventStoreConcurrencyException(stream, expectedVersion, actual);
        }

        var positions = new List<long>(events.Count);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText =
                """
                INSERT INTO events (stream, version, type, time, actor, centre, reason, payload)
                VALUES (@stream, @version, @type, @time, @actor, @centre, @reason, @payload) RETURNING position
                """;
            var version = expectedVersion;
            foreach (var e in events)
            {
                command.Parameters.Clear();
                AdoDatabase.AddParameter(command, "stream", stream);
                AdoDatabase.AddParameter(command, "version", ++version);
                AdoDatabase.AddParameter(command, "type", e.Type);
                AdoDatabase.AddParameter(command, "time", dialect.ToDbTime(e.Time));
                AdoDatabase.AddParameter(command, "actor", e.Actor);
                AdoDatabase.AddParameter(command, "centre", e.Centre);
                AdoDatabase.AddParameter(command, "reason", e.Reason);
                AdoDatabase.AddParameter(command, "payload", e.PayloadJson);
                var position = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                positions.Add(Convert.ToInt64(position, CultureInfo.InvariantCulture));
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbException ex) when (dialect.IsUniqueViolation(ex))
        {
            // Only a writer that bypasses the append lock can collide here; report the version the stream has now.
            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            var now = await CurrentVersionAsync(connection, null, stream, cancellationToken).ConfigureAwait(false);
            throw new EventStoreConcurrencyException(stream, expectedVersion, now, ex);
        }

        return new AppendResult(expectedVersion + events.Count, positions);
    }

    public async Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(string stream, CancellationToken cancellationToken)
    {
        EventText.RequireName(stream, nameof(stream));
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM events WHERE stream = @stream ORDER BY version";
        AdoDatabase.AddParameter(command, "stream", stream);
        return await ReadEventsAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StoredEvent>> ReadAllAsync(long afterPosition, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterPosition);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM events WHERE position > @after ORDER BY position LIMIT @limit";
        AdoDatabase.AddParameter(command, "after", afterPosition);
        AdoDatabase.AddParameter(command, "limit", limit);
        return await ReadEventsAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<string>> StreamsAsync(string prefix, CancellationToken cancellationToken)
    {
        EventText.RequireStorable(prefix, nameof(prefix));
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        // A substring comparison, not LIKE: '%' and '_' stay literal, and SQLite's LIKE would ignore ASCII case.
        // Version 1 picks one row per stream from the (stream, version) index.
        command.CommandText = "SELECT stream FROM events WHERE version = 1 AND substr(stream, 1, length(@prefix)) = @prefix";
        AdoDatabase.AddParameter(command, "prefix", prefix);
        var streams = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            streams.Add(reader.GetString(0));
        }

        // Sorted here so that the order is the same whatever collation the database was created with.
        streams.Sort(StringComparer.Ordinal);
        return streams;
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM events";
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    private static async Task<int> CurrentVersionAsync(
        DbConnection connection, DbTransaction? transaction, string stream, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM events WHERE stream = @stream";
        AdoDatabase.AddParameter(command, "stream", stream);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }

    private async Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var events = new List<StoredEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            events.Add(new StoredEvent(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetInt32(2),
                reader.GetString(3),
                dialect.FromDbTime(reader, 4),
                reader.GetString(5),
                reader.GetString(6),
                reader.GetString(7),
                reader.GetString(8)));
        }

        return events;
    }
}
