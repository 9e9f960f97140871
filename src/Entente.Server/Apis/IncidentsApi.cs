using System.Security.Claims;
using System.Text.Json;
using Entente.Core.Geodesy;
using Entente.Core.Identifiers;
using Entente.Core.Positions;
using Entente.Core.Sharing;
using Entente.Core.Units;
using Entente.Incidents.Assets;
using Entente.Incidents.Coordination;
using Entente.Incidents.Events;
using Entente.Incidents.Evidence;
using Entente.Incidents.Incidents;
using Entente.Rules.Alerts;
using Entente.Sar.Outputs;
using Entente.Server.Picture;
using Microsoft.AspNetCore.Http.HttpResults;
using Entente.Server.Security;

namespace Entente.Server.Apis;

/// <summary>The SAR incidents: list, detail with the stored log, and the coordinating centres' actions (handover, consent,
/// tasking, closure on evidence, notes). Every action is committed before it is answered. There is no endpoint, and no
/// task name, for turning a boat back at sea.</summary>
public static class IncidentsApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The same builder.</returns>
    public static IEndpointRouteBuilder MapIncidentsApi(this IEndpointRouteBuilder app)
    {
        var incidents = app.MapGroup("/api/incidents").WithTags("Incidents");
        incidents.MapGet("/", List).WithName("ListIncidents").WithSummary("Incidents, newest first.");
        incidents.MapGet("/{id}", Detail).WithName("GetIncident").WithSummary("An incident with its whole stored log.");
        incidents.MapGet("/{id}/drift", Drift).WithName("GetIncidentDrift")
            .WithSummary("Where the boat may be: the datum, the 50% and 90% containment areas and the particles, as GeoJSON (the leeway drift once the track is lost).");
        incidents.MapPost("/{id}/handover/accept", Accept).RequireAuthorization(Access.CoordinateIncident).WithName("AcceptHandover").WithSummary("The offered centre accepts the incident.");
        incidents.MapPost("/{id}/handover/decline", Decline).RequireAuthorization(Access.CoordinateIncident).WithName("DeclineHandover").WithSummary("The offered centre declines, with a reason.");
        incidents.MapPost("/{id}/consents", Consent).RequireAuthorization(Access.GrantConsent).WithName("RecordConsent").WithSummary("A state consents to the other's asset in its waters.");
        incidents.MapPost("/{id}/tasks", Task).RequireAuthorization(Access.CoordinateIncident).WithName("TaskAsset").WithSummary("The coordinating centre tasks an asset (life-saving tasks only).");
        incidents.MapPost("/{id}/closure", Close).RequireAuthorization(Access.CoordinateIncident).WithName("CloseIncident").WithSummary("Close on rescue evidence; conflicting evidence is refused with an alert.");
        incidents.MapPost("/{id}/mayday-relay", Relay).RequireAuthorization(Access.CoordinateIncident).WithName("BroadcastMaydayRelay")
            .WithSummary("Broadcast a MAYDAY RELAY: records the AIS vessels within ?radiusNm= (10 by default) of the datum, with their ETAs.");
        incidents.MapPost("/{id}/vessels/{mmsi:int}/call", CallVessel).RequireAuthorization(Access.WorkIncident).WithName("CallVessel").WithSummary("Call a vessel directly to assist.");
        incidents.MapPost("/{id}/vessels/{mmsi:int}/answer", Answer).RequireAuthorization(Access.WorkIncident).WithName("RecordVesselAnswer").WithSummary("Record a called vessel's answer (the reason holds it).");
        incidents.MapPost("/{id}/people", People).RequireAuthorization(Access.WorkIncident).WithName("CountPeople").WithSummary("A new people count: aboard, rescued, landed, missing.");
        incidents.MapPost("/{id}/notes", Note).RequireAuthorization(Access.NoteIncident).WithName("AddIncidentNote").WithSummary("A note for the record.");
        app.MapGet("/api/assets", (AssetRegistry assets, LivePicture picture, ClaimsPrincipal user) =>
                TypedResults.Ok(Releasing.Filter(assets.Describe(picture), Security.EntenteClaims.Agency(user)))).WithTags("Incidents").WithName("ListAssets")
            .WithSummary("The rescue and patrol assets that can be tasked.");
        return app;
    }

    private static Ok<IReadOnlyList<IncidentResponse>> List(LivePicture picture, System.Security.Claims.ClaimsPrincipal user) =>
        TypedResults.Ok(Releasing.Incidents(picture.ReadIncidents<IReadOnlyList<IncidentResponse>>(all => [.. all.Reverse().Select(IncidentResponse.From)]),
            Security.EntenteClaims.Agency(user)));

    private static async Task<Results<Ok<IncidentDetailResponse>, ProblemHttpResult>> Detail(LivePicture picture, System.Security.Claims.ClaimsPrincipal user, string id,
        CancellationToken cancellationToken)
    {
        if (!IncidentId.TryParse(id, out var incidentId))
        {
            return Problems.BadRequest("The incident id is like INC-00007.");
        }

        var current = picture.ReadIncidents(all => all.FirstOrDefault(i => i.Id == incidentId) is { } i ? IncidentResponse.From(i) : null);
        var stored = await picture.StoredLogAsync(incidentId, cancellationToken).ConfigureAwait(false);
        if (current is null && stored.Count == 0)
        {
            return TypedResults.Problem($"There is no incident {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found.");
        }

        var viewer = Security.EntenteClaims.Agency(user);
        var incident = current ?? IncidentResponse.From(SarIncident.FromLog(stored.Select(e => Incidents.Output.IncidentEventJson.Read(e.PayloadJson))));
        if (!Releasing.May(incident, viewer))
        {
            // Answers exactly as an incident that does not exist.
            return TypedResults.Problem($"There is no incident {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found.");
        }

        var log = Releasing.Filter([.. stored.Select(e => IncidentLogEntry.From(e, incident.Provenance))], viewer);
        return TypedResults.Ok(new IncidentDetailResponse(Releasing.ForViewer(incident, viewer!), log));
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> Drift(LivePicture picture, System.Security.Claims.ClaimsPrincipal user, string id)
    {
        if (!IncidentId.TryParse(id, out var incidentId))
        {
            return Problems.BadRequest("The incident id is like INC-00007.");
        }

        // Incidents are releasable to every agency of both states; a request without one sees none.
        if (Security.EntenteClaims.Agency(user) is null)
        {
            return TypedResults.Problem($"There is no open incident {id} in the picture.", statusCode: StatusCodes.Status404NotFound, title: "Not found.");
        }

        if (picture.CloudOf(incidentId) is not { } drift)
        {
            return TypedResults.Problem($"There is no open incident {id} in the picture.", statusCode: StatusCodes.Status404NotFound, title: "Not found.");
        }

        var grid = ContainmentGrid.FromCloud(drift.Cloud);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            DriftGeoJson.WriteCloud(writer, drift.Cloud, drift.Categories, [ContainmentArea.Of(grid, 0.5), ContainmentArea.Of(grid, 0.9)]);
        }

        return TypedResults.File(buffer.WrittenMemory.ToArray(), "application/geo+json");
    }

    private static Task<Results<Ok<ActionResponse>, ProblemHttpResult>> Accept(LivePicture picture, ClaimsPrincipal user, string id, ActorRequest? request) =>
        OnIncident(picture, id, user, (i, actor, now) => i.AcceptHandover(now, actor, request?.Reason ?? "Accepted."), "Handover accepted.");

    private static Task<Results<Ok<ActionResponse>, ProblemHttpResult>> Decline(LivePicture picture, ClaimsPrincipal user, string id, ActorRequest? request) =>
        string.IsNullOrWhiteSpace(request?.Reason)
            ? System.Threading.Tasks.Task.FromResult<Results<Ok<ActionResponse>, ProblemHttpResult>>(Problems.BadRequest("reason is required to decline."))
            : OnIncident(picture, id, user, (i, actor, now) => i.DeclineHandover(now, actor, request.Reason), "Handover declined.");

    private static Task<Results<Ok<ActionResponse>, ProblemHttpResult>> Note(LivePicture picture, ClaimsPrincipal user, string id, ActorRequest? request)
    {
        if (string.IsNullOrWhiteSpace(request?.Reason) || request.Reason.Length > 4_000)
        {
            return System.Threading.Tasks.Task.FromResult<Results<Ok<ActionResponse>, ProblemHttpResult>>(Problems.BadRequest("reason holds the note: 1 to 4,000 characters."));
        }

        // An optional label narrows who may read the note (its author's agency always may); none: both states.
        Releasability? label = null;
        if (request.Releasability is { } text && !Releasability.TryParse(text, out label, out var error))
        {
            return System.Threading.Tasks.Task.FromResult<Results<Ok<ActionResponse>, ProblemHttpResult>>(Problems.BadRequest(error));
        }

        return OnIncident(picture, id, user, (i, actor, now) => i.AddNote(request.Reason, now, actor, label), "Note added.");
    }

    private static Task<Results<Ok<ActionResponse>, ProblemHttpResult>> Relay(LivePicture picture, ClaimsPrincipal user, string id, ActorRequest? request, double? radiusNm)
    {
        if (radiusNm is { } r && (!double.IsFinite(r) || r is <= 0 or > 100))
        {
            return System.Threading.Tasks.Task.FromResult<Results<Ok<ActionResponse>, ProblemHttpResult>>(Problems.BadRequest("radiusNm must be above 0 and at most 100."));
        }

        return OnIncidentWith(picture, id, user, (p, i, actor, now) =>
        {
            var candidates = MaydayRelay.Candidates(p.LatestFrame?.Tracks ?? [], i.Datum, radiusNm ?? MaydayRelay.DefaultRadiusNauticalMiles);
            return i.BroadcastMaydayRelay(candidates, now, actor, request?.Reason ?? $"MAYDAY RELAY: {candidates.Count} vessels within {radiusNm ?? MaydayRelay.DefaultRadiusNauticalMiles:0.#} nm.");
        }, "MAYDAY RELAY recorded with its candidates.");
    }

    private static Task<Results<Ok<ActionResponse>, ProblemHttpResult>> CallVessel(LivePicture picture, ClaimsPrincipal user, string id, int mmsi, ActorRequest? request) =>
        OnIncidentWith(picture, id, user, (p, i, actor, now) =>
            i.CallVessel(mmsi, p.LatestFrame?.Tracks.FirstOrDefault(t => t.Mmsi == mmsi)?.Name, now, actor), "Call recorded.");

    private static Task<Results<Ok<ActionResponse>, ProblemHttpResult>> Answer(LivePicture picture, ClaimsPrincipal user, string id, int mmsi, ActorRequest? request) =>
        string.IsNullOrWhiteSpace(request?.Reason) || request.Reason.Length > 1_000
            ? System.Threading.Tasks.Task.FromResult<Results<Ok<ActionResponse>, ProblemHttpResult>>(Problems.BadRequest("reason holds the answer: 1 to 1,000 characters."))
            : OnIncident(picture, id, user, (i, actor, now) => i.RecordAnswer(mmsi, request.Reason, now, actor), "Answer recorded.");

    private static Task<Results<Ok<ActionResponse>, ProblemHttpResult>> People(LivePicture picture, ClaimsPrincipal user, string id, PeopleRequest? request)
    {
        static bool Valid(int? n) => n is null or (>= 0 and <= 10_000);
        if (request is null || !Valid(request.Aboard) || !Valid(request.Rescued) || !Valid(request.Landed) || !Valid(request.Missing) ||
            string.IsNullOrWhiteSpace(request.Reason))
        {
            return System.Threading.Tasks.Task.FromResult<Results<Ok<ActionResponse>, ProblemHttpResult>>(
                Problems.BadRequest("counts are 0 to 10,000 (aboard may be left out when unknown), and reason says where they come from."));
        }

        return OnIncident(picture, id, user, (i, actor, now) =>
            i.CountPeople(new PeopleCount(request.Aboard, request.Rescued ?? 0, request.Landed ?? 0, request.Missing ?? 0), now, actor, request.Reason),
            "People counted.");
    }

    private static Task<Results<Ok<ActionResponse>, ProblemHttpResult>> Consent(LivePicture picture, ClaimsPrincipal user, string id, ConsentRequest? request)
    {
        Nations? state = request?.State switch { "UK" => Nations.UnitedKingdom, "FR" => Nations.France, _ => null };
        if (state is null || string.IsNullOrWhiteSpace(request?.Asset))
        {
            return System.Threading.Tasks.Task.FromResult<Results<Ok<ActionResponse>, ProblemHttpResult>>(
                Problems.BadRequest("state (UK or FR) and asset are required."));
        }

        return OnIncident(picture, id, user,
            (i, actor, now) => i.RecordConsent(state.Value, request.Asset, now, actor, request.Reason ?? "Consent given."), "Consent recorded.");
    }

    private static Task<Results<Ok<ActionResponse>, ProblemHttpResult>> Task(LivePicture picture, ClaimsPrincipal user, AssetRegistry assets, string id, TaskRequest? request)
    {
        if (AssetTaskTypes.Parse(request?.Task) is not { } task)
        {
            return System.Threading.Tasks.Task.FromResult<Results<Ok<ActionResponse>, ProblemHttpResult>>(Problems.BadRequest(
                $"task must be one of: {string.Join(", ", AssetTaskTypes.All)}. Every task serves saving life; none turns a boat back."));
        }

        if (assets.Find(request?.Asset) is not { } asset)
        {
            return System.Threading.Tasks.Task.FromResult<Results<Ok<ActionResponse>, ProblemHttpResult>>(Problems.BadRequest("asset must be the id of a known asset (GET /api/assets)."));
        }

        return OnIncidentWith(picture, id, user, (p, i, actor, now) =>
        {
            var waters = p.Monitor.Context.WatersAt(i.Datum.Position).TerritorialSea;
            var eta = Geodesic.DistanceMetres(asset.Position, i.Datum.Position) / UnitConversions.KnotsToMetresPerSecond(asset.SpeedKnots) / 60;
            return i.TaskAsset(asset, task, waters, Math.Round(eta, 1), now, actor, request?.Reason ?? $"{AssetTaskTypes.ToName(task)} tasked.");
        }, $"{asset.Name} tasked: {AssetTaskTypes.ToName(task)}.");
    }

    private static async Task<Results<Ok<ActionResponse>, ProblemHttpResult>> Close(LivePicture picture, ClaimsPrincipal user, string id, ClosureRequest? request)
    {
        if (request is not { People: > 0 and <= 10_000 } || request.Lat is not { } lat || request.Lon is not { } lon ||
            !GeoPosition.TryFromDegrees(lat, lon, out var place))
        {
            return Problems.BadRequest("people (1 to 10,000), lat and lon (valid degrees) are required.");
        }

        if (Problems.Actor(user) is not { } actor || !IncidentId.TryParse(id, out var incidentId))
        {
            return Problems.BadRequest("An incident id like INC-00007 is required.");
        }

        return await Problems.Run(picture, (p, now) =>
        {
            var incident = p.Incidents.Incidents.FirstOrDefault(i => i.Id == incidentId) ?? throw new KeyNotFoundException($"There is no open incident {id}.");
            var evidence = new RescueEvidence(request.People.Value, place, (request.Time ?? now).ToUniversalTime(), request.Landed ?? false, request.Caller, request.Asset);
            var (e, alert) = p.Incidents.RequestClosure(incident, evidence, now, actor, request.Reason ?? "Closed on evidence.");
            IReadOnlyList<AlertChange> alerts = alert is null ? [] : [alert];
            return (alerts, [e]);
        }, "Closure requested: see the log for the outcome.").ConfigureAwait(false);
    }

    private static Task<Results<Ok<ActionResponse>, ProblemHttpResult>> OnIncident(LivePicture picture, string id, ClaimsPrincipal user,
        Func<SarIncident, Incidents.Centres.Actor, DateTimeOffset, IncidentEvent> action, string outcome) =>
        OnIncidentWith(picture, id, user, (_, i, actor, now) => action(i, actor, now), outcome);

    private static async Task<Results<Ok<ActionResponse>, ProblemHttpResult>> OnIncidentWith(LivePicture picture, string id, ClaimsPrincipal user,
        Func<Entente.Picture.Pipeline.PicturePipeline, SarIncident, Incidents.Centres.Actor, DateTimeOffset, IncidentEvent> action, string outcome)
    {
        if (Problems.Actor(user) is not { } actor)
        {
            return Problems.NotSignedIn();
        }

        if (!IncidentId.TryParse(id, out var incidentId))
        {
            return Problems.BadRequest("The incident id is like INC-00007.");
        }

        return await Problems.Run(picture, (p, now) =>
        {
            var incident = p.Incidents.Incidents.FirstOrDefault(i => i.Id == incidentId) ?? throw new KeyNotFoundException($"There is no open incident {id}.");
            return ([], [action(p, incident, actor, now)]);
        }, outcome).ConfigureAwait(false);
    }
}
