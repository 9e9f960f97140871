using System.Data.Common;
using System.Globalization;
using System.Security.Claims;
using Entente.Core.Identifiers;
using Entente.Core.Identity;
using Entente.Core.Sharing;
using Entente.Server.Security;
using Entente.Storage;
using Entente.Storage.Intelligence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Server.Apis;

/// <summary>
/// Intelligence notes: <c>GET /api/intelligence</c>, <c>GET /api/intelligence/{id}</c>, <c>POST /api/intelligence</c> and
/// <c>POST /api/intelligence/{id}/releasability</c>. What a reader sees is decided by the store, in SQL, from the signed-in
/// user's agency; a note the reader may not see is answered exactly as one that does not exist. Writing and relabelling
/// are for analysts, liaison officers and administrators; reading for every role but a feed client's. Every write, and
/// every answer holding a note not released to both states, is in the audit log before it is answered.
/// </summary>
public static class IntelligenceApi
{
    private const int DefaultLimit = 100;
    private const int MaxLimit = 500;

    private static readonly Role[] Writers = [Role.Analyst, Role.LiaisonOfficer, Role.Administrator];

    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The same builder.</returns>
    public static IEndpointRouteBuilder MapIntelligenceApi(this IEndpointRouteBuilder app)
    {
        var notes = app.MapGroup("/api/intelligence").WithTags("Intelligence");
        notes.MapGet("/", ListAsync).WithName("ListIntelligence")
            .WithSummary("The notes the reader's agency may see, newest first; ?subject=, ?track=, ?incident= and ?limit= (1 to 500, default 100) filter.");
        notes.MapGet("/{id}", GetAsync).WithName("GetIntelligence").WithSummary("A note; 404 when there is none the reader's agency may see.");
        notes.MapPost("/", CreateAsync).RequireAuthorization(Access.WriteIntelligence).WithName("CreateIntelligence").Accepts<IntelligenceNoteRequest>("application/json")
            .WithSummary("Writes a note as the signed-in user of their agency; releasable to the originating agency alone unless labelled otherwise.");
        notes.MapPost("/{id}/releasability", RelabelAsync).RequireAuthorization(Access.WriteIntelligence).WithName("RelabelIntelligence").Accepts<RelabelRequest>("application/json")
            .WithSummary("Changes a note's releasability: only its originating agency may.");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<IntelligenceNoteResponse>>, ProblemHttpResult>> ListAsync(ClaimsPrincipal user, IDatabase database,
        AuditTrail audit, string? subject, string? track, string? incident, string? limit, CancellationToken cancellationToken)
    {
        if (Reader(user) is not { } reader)
        {
            return Forbidden("Reading intelligence is for people: every role but a feed client's.");
        }

        IntelligenceSubject? wanted = null;
        if (subject is not null && (wanted = IntelligenceSubjects.Parse(subject)) is null)
        {
            return Problems.BadRequest($"subject must be one of: {string.Join(", ", Enum.GetValues<IntelligenceSubject>().Select(IntelligenceSubjects.ToName))}.");
        }

        long? trackNumber = null;
        if (track is not null)
        {
            if (!long.TryParse(track, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return Problems.BadRequest("track must be a track number (a whole number, not negative).");
            }

            trackNumber = number;
        }

        string? incidentId = null;
        if (incident is not null)
        {
            if (!IncidentId.TryParse(incident, out var parsed))
            {
                return Problems.BadRequest("incident must be an incident id like INC-00007.");
            }

            incidentId = parsed.ToString();
        }

        var count = DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxLimit))
        {
            return Problems.BadRequest($"limit must be 1 to {MaxLimit}.");
        }

        try
        {
            var found = await database.Intelligence.QueryAsync(reader, trackNumber, incidentId, wanted, count, cancellationToken).ConfigureAwait(false);
            var restricted = found.Where(Restricted).ToList();
            if (restricted.Count > 0)
            {
                var query = string.Join('&', new[] { ("subject", subject), ("track", track), ("incident", incident), ("limit", limit) }
                    .Where(q => q.Item2 is not null).Select(q => $"{q.Item1}={q.Item2}"));
                await audit.RecordAsync([audit.Entry("read:intelligence", "intelligence-notes", string.Create(CultureInfo.InvariantCulture,
                    $"list{(query.Length > 0 ? "?" + query : "")}: {restricted.Count} of {found.Count} restricted: {string.Join(", ", restricted.Select(Describe))}"),
                    "anonymous", reader.Id.Code)]).ConfigureAwait(false);
            }

            IReadOnlyList<IntelligenceNoteResponse> list = [.. found.Select(IntelligenceNoteResponse.From)];
            return TypedResults.Ok(list);
        }
        catch (DbException ex)
        {
            return Unavailable(ex);
        }
    }

    private static async Task<Results<Ok<IntelligenceNoteResponse>, ProblemHttpResult>> GetAsync(ClaimsPrincipal user, IDatabase database, AuditTrail audit,
        string id, CancellationToken cancellationToken)
    {
        if (Reader(user) is not { } reader)
        {
            return Forbidden("Reading intelligence is for people: every role but a feed client's.");
        }

        if (!TryId(id, out var number))
        {
            return Problems.BadRequest("The note's id is its number, e.g. /api/intelligence/12.");
        }

        try
        {
            if (await database.Intelligence.GetAsync(reader, number, cancellationToken).ConfigureAwait(false) is not { } note)
            {
                return NotFound(id);
            }

            if (Restricted(note))
            {
                await audit.RecordAsync([audit.Entry("read:intelligence", Target(note.Id), $"label {note.Provenance.Releasability.Label}", "anonymous",
                    reader.Id.Code)]).ConfigureAwait(false);
            }

            return TypedResults.Ok(IntelligenceNoteResponse.From(note));
        }
        catch (DbException ex)
        {
            return Unavailable(ex);
        }
    }

    private static async Task<Results<Created<IntelligenceNoteResponse>, ProblemHttpResult>> CreateAsync(HttpRequest request, ClaimsPrincipal user,
        IDatabase database, AuditTrail audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Writer(user) is not { } writer)
        {
            return Forbidden("Writing intelligence notes is for analysts, liaison officers and administrators.");
        }

        var (document, error) = await IntelligenceBody.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        using (document)
        {
            if (document is null)
            {
                return Problems.BadRequest(error!);
            }

            var (fields, invalid) = IntelligenceBody.ReadNote(document.RootElement);
            if (fields is null)
            {
                return Problems.BadRequest(invalid!);
            }

            try
            {
                var note = await database.Intelligence.AddAsync(new NewIntelligenceNote(clock.GetUtcNow(), writer.Name, new Provenance(writer.Agency.Id,
                    fields.Releasability), fields.Subject, fields.Title, fields.Text) { Tracks = fields.Tracks, Incidents = fields.Incidents },
                    cancellationToken).ConfigureAwait(false);
                // The note is committed: a failure to audit it is logged and counted, and does not unsay it.
                await audit.RecordDoneAsync(() => [audit.Entry("intelligence.create", Target(note.Id),
                    $"{IntelligenceSubjects.ToName(note.Subject)}, label {note.Provenance.Releasability.Label}", writer.Name.Value, writer.Agency.Id.Code)])
                    .ConfigureAwait(false);
                return TypedResults.Created(string.Create(CultureInfo.InvariantCulture, $"/api/intelligence/{note.Id}"), IntelligenceNoteResponse.From(note));
            }
            catch (ArgumentException ex)
            {
                return Problems.BadRequest(ex.Message);
            }
            catch (DbException ex)
            {
                return Unavailable(ex);
            }
        }
    }

    private static async Task<Results<Ok<IntelligenceNoteResponse>, ProblemHttpResult>> RelabelAsync(HttpRequest request, ClaimsPrincipal user,
        IDatabase database, TimeProvider clock, string id, CancellationToken cancellationToken)
    {
        if (Writer(user) is not { } writer)
        {
            return Forbidden("Relabelling intelligence notes is for analysts, liaison officers and administrators of the originating agency.");
        }

        if (!TryId(id, out var number))
        {
            return Problems.BadRequest("The note's id is its number, e.g. /api/intelligence/12/releasability.");
        }

        var (document, error) = await IntelligenceBody.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        using (document)
        {
            if (document is null)
            {
                return Problems.BadRequest(error!);
            }

            var (label, invalid) = IntelligenceBody.ReadLabel(document.RootElement);
            if (label is null)
            {
                return Problems.BadRequest(invalid!);
            }

            try
            {
                // The store checks who may, and audits the change (old and new label) in the same transaction.
                var outcome = await database.Intelligence.RelabelAsync(writer.Name, writer.Agency, number, label, clock.GetUtcNow(), cancellationToken)
                    .ConfigureAwait(false);
                if (outcome == RelabelOutcome.NotOriginator)
                {
                    return Forbidden("Only the note's originating agency may change its releasability.");
                }

                // The originator always sees its own note, whatever the label now says.
                return outcome == RelabelOutcome.Changed && await database.Intelligence.GetAsync(writer.Agency, number, cancellationToken).ConfigureAwait(false) is { } note
                    ? TypedResults.Ok(IntelligenceNoteResponse.From(note))
                    : NotFound(id);
            }
            catch (DbException ex)
            {
                return Unavailable(ex);
            }
        }
    }

    // Anything not released to every agency of both states is restricted: reading it is audited.
    private static bool Restricted(IntelligenceNote note) => !note.Provenance.Releasability.ReleasedToBothStates;

    private static string Describe(IntelligenceNote note) =>
        string.Create(CultureInfo.InvariantCulture, $"{note.Id} ({note.Provenance.Releasability.Label})");

    private static string Target(long id) => string.Create(CultureInfo.InvariantCulture, $"intelligence-note {id}");

    private static bool TryId(string id, out long number) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;

    // The signed-in person's agency, when they hold a role that reads.
    private static Agency? Reader(ClaimsPrincipal user) =>
        EntenteClaims.Agency(user) is { } agency && EntenteClaims.RolesOf(user).Any(r => r != Role.FeedClient) ? agency : null;

    private static (UserName Name, Agency Agency)? Writer(ClaimsPrincipal user) =>
        EntenteClaims.Name(user) is { } name && EntenteClaims.Agency(user) is { } agency && EntenteClaims.RolesOf(user).Any(Writers.Contains)
            ? (name, agency)
            : null;

    private static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed.");

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem($"There is no intelligence note {(id.Length > 20 ? id[..20] + "…" : id)}.", statusCode: StatusCodes.Status404NotFound,
            title: "Not found.");

    private static ProblemHttpResult Unavailable(DbException ex) =>
        TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "The database could not be reached.");
}
