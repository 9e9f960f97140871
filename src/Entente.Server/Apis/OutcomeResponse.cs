using Entente.Core.Detections;
using Entente.Incidents.Outcomes;

namespace Entente.Server.Apis;

/// <summary>An outcome report as the API gives it (the fields of outcomes.jsonl).</summary>
/// <param name="Id">"OUT-00007".</param>
/// <param name="Time">When it was reported, UTC.</param>
/// <param name="Outcome">prevented, intercepted, rescued or landed.</param>
/// <param name="Reporter">Who reported it: a sensor or asset id, or "name (agency)".</param>
/// <param name="People">People, when known.</param>
/// <param name="Lat">Latitude, degrees, when known.</param>
/// <param name="Lon">Longitude, degrees, when known.</param>
/// <param name="Zone">The beach or landing place's feature id, when there is one.</param>
/// <param name="Track">The boat's track, when tied to one.</param>
/// <param name="Incident">The incident, when tied to one.</param>
/// <param name="Message">One sentence a watch officer reads.</param>
public sealed record OutcomeResponse(string Id, DateTimeOffset Time, string Outcome, string Reporter, int? People, double? Lat, double? Lon, string? Zone,
    long? Track, string? Incident, string Message) : Core.Sharing.IShareable
{
    /// <summary>Whose it is and who may see it (not serialised: <see cref="Agency"/> and <see cref="Releasability"/> say it).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Core.Sharing.Provenance Provenance { get; init; } = Picture.Releasing.Shared;

    /// <summary>The originating agency's code.</summary>
    public string Agency => Provenance.OriginatingAgency.Code;

    /// <summary>Who else may see it, e.g. "UK+FR".</summary>
    public string Releasability => Provenance.Releasability.Label;

    /// <summary>The response for a report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The response.</returns>
    public static OutcomeResponse From(OutcomeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new OutcomeResponse(report.Id, report.Time, BoatOutcomes.ToName(report.Outcome), report.Reporter, report.People,
            report.Position?.LatitudeDegrees, report.Position?.LongitudeDegrees, report.Zone, report.Track, report.Incident, report.Message);
    }
}
