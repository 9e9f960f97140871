using Entente.Rules.Alerts;
using Entente.Rules.Output;

namespace Entente.Server.Apis;

/// <summary>An alert as it stands.</summary>
public sealed record AlertResponse(string Id, long Number, string Type, string Severity, string Status, DateTimeOffset RaisedAt,
    DateTimeOffset LastSeen, int Occurrences, double? Lat, double? Lon, long? Track, string? Zone, string Message, int? People,
    string? AcknowledgedBy, DateTimeOffset? AcknowledgedAt, string? ResolvedBy, DateTimeOffset? ResolvedAt, string? Resolution, int Escalations,
    string? Incident) : Core.Sharing.IShareable
{
    /// <summary>Whose it is and who may see it (not serialised: <see cref="Agency"/> and <see cref="Releasability"/> say it).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Core.Sharing.Provenance Provenance { get; init; } = Picture.Releasing.Shared;

    /// <summary>The originating agency's code.</summary>
    public string Agency => Provenance.OriginatingAgency.Code;

    /// <summary>Who else may see it, e.g. "UK+FR".</summary>
    public string Releasability => Provenance.Releasability.Label;

    /// <summary>The response for an alert.</summary>
    /// <param name="a">The alert.</param>
    /// <param name="provenance">Who may see it: what raised it (LivePicture keeps it); shared when not given.</param>
    /// <returns>The response.</returns>
    public static AlertResponse From(Alert a, Core.Sharing.Provenance? provenance = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, a.Number, AlertTypes.ToName(a.Type), AlertTypes.ToName(a.Severity), AlertChangeJson.StatusName(a.Status), a.RaisedAt,
            a.LastSeen, a.Occurrences, a.Position?.LatitudeDegrees, a.Position?.LongitudeDegrees, a.TrackId, a.Zone, a.Message, a.People,
            a.AcknowledgedBy, a.AcknowledgedAt, a.ResolvedBy, a.ResolvedAt, a.Resolution, a.Escalations, a.IncidentId)
        {
            Provenance = provenance ?? Picture.Releasing.Shared,
        };
    }
}
