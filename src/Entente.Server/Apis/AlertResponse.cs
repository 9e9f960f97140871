using Entente.Rules.Alerts;
using Entente.Rules.Output;

namespace Entente.Server.Apis;

/// <summary>An alert as it stands.</summary>
public sealed record AlertResponse(string Id, long Number, string Type, string Severity, string Status, DateTimeOffset RaisedAt,
    DateTimeOffset LastSeen, int Occurrences, double? Lat, double? Lon, long? Track, string? Zone, string Message, int? People,
    string? AcknowledgedBy, DateTimeOffset? AcknowledgedAt, string? ResolvedBy, DateTimeOffset? ResolvedAt, string? Resolution, int Escalations,
    string? Incident)
{
    /// <summary>The response for an alert.</summary>
    /// <param name="a">The alert.</param>
    /// <returns>The response.</returns>
    public static AlertResponse From(Alert a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, a.Number, AlertTypes.ToName(a.Type), AlertTypes.ToName(a.Severity), AlertChangeJson.StatusName(a.Status), a.RaisedAt,
            a.LastSeen, a.Occurrences, a.Position?.LatitudeDegrees, a.Position?.LongitudeDegrees, a.TrackId, a.Zone, a.Message, a.People,
            a.AcknowledgedBy, a.AcknowledgedAt, a.ResolvedBy, a.ResolvedAt, a.Resolution, a.Escalations, a.IncidentId);
    }
}
