using System.Data.Common;
using System.Globalization;
using Entente.Core.Identifiers;
using Entente.Core.Identity;
using Entente.Core.Sharing;
using Entente.Core.Time;
using Entente.Storage.Audit;

namespace Entente.Storage.Intelligence;

/// <summary>Intelligence notes over any ADO.NET engine. Who may read a note is decided in SQL, in every query, so that a
/// caller cannot forget to filter.</summary>
internal sealed class AdoIntelligenceStore(AdoDatabase database, SqlDialect dialect, AdoAuditLog audit) : IIntelligenceStore
{
    private const string Columns = "n.id, n.created_at, n.author, n.origin, n.label, n.subject, n.title, n.text";

    // The originator, a nation named on the label, or the agency named on it.
    private const string Visible =
        "(n.origin = @reader OR (n.release_nations & @nation) <> 0 OR EXISTS (SELECT 1 FROM intelligence_readers r WHERE r.note_id = n.id AND r.agency = @reader))";

    public async Task<IntelligenceNote> AddAsync(NewIntelligenceNote note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        var tracks = note.Tracks.Distinct().Order().ToList();
        var incidents = note.Incidents.Select(i => IncidentId.TryParse(i, out var incident) ? incident.ToString() : throw new ArgumentException($"'{i}' is not an incident id.", nameof(note))).Distinct().Order(StringComparer.Ordinal).ToList();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        long id;
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText =
                """
                INSERT INTO intelligence_notes (created_at, author, origin, label, release_nations, subject, title, text)
                VALUES (@created, @author, @origin, @label, @nations, @subject, @title, @text) RETURNING id
                """;
            AdoDatabase.AddParameter(insert, "created", dialect.ToDbTime(note.CreatedAt));
            AdoDatabase.AddParameter(insert, "author", note.Author.Value);
            AdoDatabase.AddParameter(insert, "origin", note.Provenance.OriginatingAgency.Code);
            AdoDatabase.AddParameter(insert, "label", note.Provenance.Releasability.Label);
            AdoDatabase.AddParameter(insert, "nations", (int)note.Provenance.Releasability.Nations);
            AdoDatabase.AddParameter(insert, "subject", IntelligenceSubjects.ToName(note.Subject));
            AdoDatabase.AddParameter(insert, "title", note.Title);
            AdoDatabase.AddParameter(insert, "text", note.Text);
            id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        await WriteReadersAsync(connection, transaction, id, note.Provenance.Releasability, cancellationToken).ConfigureAwait(false);
        foreach (var (kind, reference) in tracks.Select(t => ("track", t.ToString(CultureInfo.InvariantCulture))).Concat(incidents.Select(i => ("incident", i))))
        {
            await using var link = connection.CreateCommand();
            link.Transaction = transaction;
            link.CommandText = "INSERT INTO intelligence_links (note_id, kind, ref) VALUES (@id, @kind, @ref)";
            AdoDatabase.AddParameter(link, "id", id);
            AdoDatabase.AddParameter(link, "kind", kind);
            AdoDatabase.AddParameter(link, "ref", reference);
            await link.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new IntelligenceNote(id, note.CreatedAt, note.Author, note.Provenance, note.Subject, note.Title, note.Text, tracks, incidents);
    }

    public async Task<IntelligenceNote?> GetAsync(Agency reader, long id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM intelligence_notes n WHERE n.id = @id AND {Visible}";
        AdoDatabase.AddParameter(command, "id", id);
        AddReader(command, reader);
        var notes = await ReadNotesAsync(connection, command, cancellationToken).ConfigureAwait(false);
        return notes.Count == 0 ? null : notes[0];
    }

    public async Task<IReadOnlyList<IntelligenceNote>> QueryAsync(Agency reader, long? track, string? incident, IntelligenceSubject? subject, int limit,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var filters = new List<string> { Visible };
        if (track is { } t)
        {
            filters.Add("EXISTS (SELECT 1 FROM intelligence_links l WHERE l.note_id = n.id AND l.kind = 'track' AND l.ref = @track)");
            AdoDatabase.AddParameter(command, "track", t.ToString(CultureInfo.InvariantCulture));
        }

        if (incident is not null)
        {
            filters.Add("EXISTS (SELECT 1 FROM intelligence_links l WHERE l.note_id = n.id AND l.kind = 'incident' AND l.ref = @incident)");
            AdoDatabase.AddParameter(command, "incident", incident);
        }

        if (subject is { } s)
        {
            filters.Add("n.subject = @subject");
            AdoDatabase.AddParameter(command, "subject", IntelligenceSubjects.ToName(s));
        }

        command.CommandText = $"SELECT {Columns} FROM intelligence_notes n WHERE {string.Join(" AND ", filters)} ORDER BY n.created_at DESC, n.id DESC LIMIT @limit";
        AdoDatabase.AddParameter(command, "limit", limit);
        AddReader(command, reader);
        return await ReadNotesAsync(connection, command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<RelabelOutcome> RelabelAsync(UserName actor, Agency agency, long id, Releasability releasability, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(releasability);
        UtcTime.Require(now, nameof(now));
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        string origin, label;
        await using (var find = connection.CreateCommand())
        {
            find.Transaction = transaction;
            find.CommandText = $"SELECT n.origin, n.label FROM intelligence_notes n WHERE n.id = @id AND {Visible}";
            AdoDatabase.AddParameter(find, "id", id);
            AddReader(find, agency);
            await using var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return RelabelOutcome.NotFound;
            }

            (origin, label) = (reader.GetString(0), reader.GetString(1));
        }

        if (origin != agency.Id.Code)
        {
            return RelabelOutcome.NotOriginator;
        }

        await using (var update = connection.CreateCommand())
        {
            update.Transaction = transaction;
            update.CommandText = "UPDATE intelligence_notes SET label = @label, release_nations = @nations WHERE id = @id";
            AdoDatabase.AddParameter(update, "label", releasability.Label);
            AdoDatabase.AddParameter(update, "nations", (int)releasability.Nations);
            AdoDatabase.AddParameter(update, "id", id);
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var clear = connection.CreateCommand())
        {
            clear.Transaction = transaction;
            clear.CommandText = "DELETE FROM intelligence_readers WHERE note_id = @id";
            AdoDatabase.AddParameter(clear, "id", id);
            await clear.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await WriteReadersAsync(connection, transaction, id, releasability, cancellationToken).ConfigureAwait(false);
        var target = string.Create(CultureInfo.InvariantCulture, $"intelligence-note {id}");
        await audit.AppendAsync(connection, transaction, [new NewAuditEntry(now, actor.Value, agency.Id.Code, "label.change", target, $"{label} -> {releasability.Label}")],
            cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return RelabelOutcome.Changed;
    }

    private static void AddReader(DbCommand command, Agency reader)
    {
        AdoDatabase.AddParameter(command, "reader", reader.Id.Code);
        AdoDatabase.AddParameter(command, "nation", (int)reader.Nation);
    }

    private static async Task WriteReadersAsync(DbConnection connection, DbTransaction transaction, long id, Releasability releasability,
        CancellationToken cancellationToken)
    {
        foreach (var agency in releasability.Agencies)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO intelligence_readers (note_id, agency) VALUES (@id, @agency)";
            AdoDatabase.AddParameter(command, "id", id);
            AdoDatabase.AddParameter(command, "agency", agency.Code);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyList<IntelligenceNote>> ReadNotesAsync(DbConnection connection, DbCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<(long Id, DateTimeOffset Created, string Author, string Origin, string Label, string Subject, string Title, string Text)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((reader.GetInt64(0), dialect.FromDbTime(reader, 1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    reader.GetString(5), reader.GetString(6), reader.GetString(7)));
            }
        }

        var links = await ReadLinksAsync(connection, rows.Select(r => r.Id).ToList(), cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new IntelligenceNote(r.Id, r.Created, UserName.Parse(r.Author),
            new Provenance(AgencyId.Parse(r.Origin), Releasability.Parse(r.Label)),
            IntelligenceSubjects.Parse(r.Subject) ?? throw new InvalidDataException($"Stored subject '{r.Subject}' is unknown."), r.Title, r.Text,
            [.. links.Where(l => l.Note == r.Id && l.Kind == "track").Select(l => long.Parse(l.Ref, CultureInfo.InvariantCulture)).Order()],
            [.. links.Where(l => l.Note == r.Id && l.Kind == "incident").Select(l => l.Ref).Order(StringComparer.Ordinal)]))];
    }

    private static async Task<List<(long Note, string Kind, string Ref)>> ReadLinksAsync(DbConnection connection, List<long> ids,
        CancellationToken cancellationToken)
    {
        var links = new List<(long, string, string)>();
        if (ids.Count == 0)
        {
            return links;
        }

        await using var command = connection.CreateCommand();
        var names = ids.Select((id, i) =>
        {
            AdoDatabase.AddParameter(command, "n" + i.ToString(CultureInfo.InvariantCulture), id);
            return "@n" + i.ToString(CultureInfo.InvariantCulture);
        }).ToList();
        command.CommandText = $"SELECT note_id, kind, ref FROM intelligence_links WHERE note_id IN ({string.Join(", ", names)})";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            links.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }

        return links;
    }
}
