using Entente.Core.Identifiers;
using Entente.Core.Positions;
using Entente.Core.Sharing;
using Entente.Incidents.Assets;
using Entente.Incidents.Centres;
using Entente.Incidents.Events;
using Entente.Incidents.Evidence;
using Entente.Incidents.Incidents;
using Entente.Core.Detections;
using Entente.Incidents.Outcomes;
using Entente.Rules.Alerts;
using Entente.Rules.Output;
using Entente.Statistics.Operational;

namespace Entente.Statistics.Tests.Operational;

/// <summary>Hand-made records: alert changes, incident events and outcome reports on the night of 21 November 2026.</summary>
internal static class OperationalFixtures
{
    public static readonly DateOnly Night = new(2026, 11, 21);

    /// <summary>19:00 UTC on the night, plus minutes.</summary>
    public static DateTimeOffset At(double minutes) => new DateTimeOffset(2026, 11, 21, 19, 0, 0, TimeSpan.Zero).AddMinutes(minutes);

    public static readonly GeoPosition Dover = GeoPosition.FromDegrees(51.12, 1.32);

    public static AlertChangeRecord Alert(DateTimeOffset time, AlertChangeKind kind, int number, AlertType type, long? track = null, string? zone = null,
        int? people = null, string reason = "Raised.", GeoPosition? position = null, string? incident = null) =>
        new(time, kind, $"ALR-{number:D5}", type, AlertSeverity.Warning, kind switch
        {
            AlertChangeKind.Acknowledged => AlertStatus.Acknowledged,
            AlertChangeKind.Resolved => AlertStatus.Resolved,
            _ => AlertStatus.Raised,
        }, "entente", reason, "An alert.")
        {
            Track = track,
            Zone = zone,
            People = people,
            Position = position,
            Incident = incident,
        };

    public static AlertChangeRecord Raised(DateTimeOffset time, int number, AlertType type, long? track = null, string? zone = null, int? people = null,
        GeoPosition? position = null, string? incident = null) =>
        Alert(time, AlertChangeKind.Raised, number, type, track, zone, people, position: position, incident: incident);

    public static AlertChangeRecord Resolved(DateTimeOffset time, int number, AlertType type, string reason, long? track = null) =>
        Alert(time, AlertChangeKind.Resolved, number, type, track, reason: reason);

    /// <summary>An alert change as its line of alerts.jsonl.</summary>
    public static string AlertLine(AlertChangeRecord record)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            AlertChangeJson.Write(writer, record);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static OutcomeReport Outcome(long number, DateTimeOffset time, BoatOutcome outcome, int? people, long? track = null, string? incident = null,
        GeoPosition? position = null) =>
        new(number, time, outcome, "cg-dover-wo1") { People = people, Track = track, Incident = incident, Position = position };

    public static IncidentId Incident(int number) => IncidentId.FromInt64(number);

    public static IncidentOpened Opened(int incident, DateTimeOffset time, string origin, int missing = 0) =>
        new(Incident(incident), time, Actor.System, "Opened.", CoordinationCentre.CrossGrisNez, origin,
            new Datum(Dover, time, 500, DatumBasis.Report), new PeopleCount(40, missing: missing));

    public static CallRecorded Call(int incident, DateTimeOffset time) =>
        new(Incident(incident), time, Actor.System, "Call.", CoordinationCentre.CrossGrisNez, "phone@" + time.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            "caller-1", "phone", null, 40);

    public static AssetTasked Tasked(int incident, DateTimeOffset time) =>
        new(Incident(incident), time, Actor.System, "Nearest.", CoordinationCentre.CrossGrisNez, "rnli-dover-alb", "RNLB Dover", Nations.UnitedKingdom,
            AssetTaskType.Rescue, Nations.None, 20);

    public static PeopleCounted Counted(int incident, DateTimeOffset time, int missing) =>
        new(Incident(incident), time, Actor.System, "Counted.", CoordinationCentre.CrossGrisNez, new PeopleCount(40, rescued: 40 - missing, missing: missing));

    public static IncidentClosed Closed(int incident, DateTimeOffset time) =>
        new(Incident(incident), time, Actor.System, "Closed.", CoordinationCentre.HmcgDover, new RescueEvidence(40, Dover, time));

    public static HandoverOffered Offered(int incident, DateTimeOffset time) =>
        new(Incident(incident), time, Actor.System, "Offered.", CoordinationCentre.CrossGrisNez, CoordinationCentre.CrossGrisNez, CoordinationCentre.HmcgDover,
            time.AddMinutes(10));

    public static HandoverAccepted Accepted(int incident, DateTimeOffset time) =>
        new(Incident(incident), time, Actor.System, "Accepted.", CoordinationCentre.HmcgDover, CoordinationCentre.CrossGrisNez, CoordinationCentre.HmcgDover);

    public static HandoverDeclined Declined(int incident, DateTimeOffset time) =>
        new(Incident(incident), time, Actor.System, "Declined.", CoordinationCentre.CrossGrisNez, CoordinationCentre.HmcgDover);

    public static OperationalPeriod Compute(IEnumerable<AlertChangeRecord>? alerts = null, IEnumerable<IncidentEvent>? events = null,
        IEnumerable<OutcomeReport>? outcomes = null) =>
        OperationalStatistics.Compute(new OperationalRecords(alerts ?? [], events ?? [], outcomes ?? []), Night, Night).Total;
}
