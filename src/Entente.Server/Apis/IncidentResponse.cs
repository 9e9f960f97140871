using Entente.Incidents.Assets;
using Entente.Incidents.Centres;
using Entente.Incidents.Incidents;

namespace Entente.Server.Apis;

/// <summary>An incident as it stands: coordinating centre, datum, people, handover, tasked assets, and the searches
/// that found nothing with their cumulative probability of success.</summary>
public sealed record IncidentResponse(string Id, string Origin, DateTimeOffset OpenedAt, string Status, string Coordinator, double DatumLat,
    double DatumLon, double DatumSigmaMetres, string DatumBasis, DateTimeOffset DatumTime, long? DatumTrack, int? PeopleAboard, int PeopleRescued,
    int PeopleLanded, int PeopleMissing, string? HandoverOfferedTo, DateTimeOffset? HandoverDeadline, bool HandoverEscalated, int Callers,
    IReadOnlyList<string> TaskedAssets, int LogEntries, int Searches, double CumulativePos) : Core.Sharing.IShareable
{
    /// <summary>Whose it is and who may see it (not serialised: <see cref="Agency"/> and <see cref="Releasability"/> say it).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Core.Sharing.Provenance Provenance { get; init; } = Picture.Releasing.Shared;

    /// <summary>The provenance of each restricted note in the log (every other entry is for both states); a viewer's
    /// <see cref="LogEntries"/> counts only what they may see (<see cref="Picture.Releasing.ForViewer"/>).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<Core.Sharing.Provenance> RestrictedLog { get; init; } = [];

    /// <summary>The originating agency's code.</summary>
    public string Agency => Provenance.OriginatingAgency.Code;

    /// <summary>Who else may see it, e.g. "UK+FR".</summary>
    public string Releasability => Provenance.Releasability.Label;

    /// <summary>The response for an incident.</summary>
    /// <param name="i">The incident.</param>
    /// <returns>The response.</returns>
    public static IncidentResponse From(SarIncident i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return new(i.Id.ToString(), i.Origin, i.OpenedAt, i.Status == IncidentStatus.Open ? "open" : "closed", CoordinationCentres.ToName(i.Coordinator),
            i.Datum.Position.LatitudeDegrees, i.Datum.Position.LongitudeDegrees, i.Datum.SigmaMetres, i.Datum.Basis.ToString().ToLowerInvariant(),
            i.Datum.Time, i.Datum.TrackId, i.People.Aboard, i.People.Rescued, i.People.Landed, i.People.Missing,
            i.PendingHandover is { } offer ? CoordinationCentres.ToName(offer.To) : null, i.PendingHandover?.Deadline, i.HandoverEscalated,
            i.Callers.Count, [.. i.Tasked.Values.Select(t => $"{t.AssetId}: {AssetTaskTypes.ToName(t.Task)}")], i.Log.Count,
            i.Searches.Count, Math.Round(i.CumulativeProbabilityOfSuccess, 4))
        {
            // Both centres see every case; the originator is the centre that opened it.
            Provenance = new(CoordinationCentres.Agency(i.Log.Count > 0 ? i.Log[0].Coordinator : i.Coordinator), Core.Sharing.Releasability.UkAndFr),
            RestrictedLog = [.. i.Log.OfType<Incidents.Events.NoteAdded>().Where(n => n.Releasability is not null)
                .Select(n => new Core.Sharing.Provenance(n.Actor.Agency ?? CoordinationCentres.Agency(n.Coordinator), n.Releasability!))],
        };
    }
}
