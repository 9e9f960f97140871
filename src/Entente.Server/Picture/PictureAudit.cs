using System.Globalization;
using Entente.Incidents.Events;
using Entente.Incidents.Outcomes;
using Entente.Rules.Alerts;
using Entente.Rules.Output;
using Entente.Server.Security;
using Entente.Storage.Audit;

namespace Entente.Server.Picture;

/// <summary>
/// The audit entries of a person's action on the picture: one per record it made (alert change, outcome report,
/// incident event), named after the record ("alert.acknowledged", "outcome.reported", "incident.asset-tasked"), on
/// the record's id, with its event-log position and reason as the detail.
/// </summary>
internal static class PictureAudit
{
    /// <summary>The entries, in the order the records were journalled.</summary>
    /// <param name="audit">The audit trail (it knows the signed-in user).</param>
    /// <param name="alerts">The alert changes.</param>
    /// <param name="outcomes">The outcome reports.</param>
    /// <param name="events">The incident events.</param>
    /// <param name="positions">Their event-log positions, in the same order (alerts, outcomes, events).</param>
    /// <returns>The entries.</returns>
    public static List<NewAuditEntry> Entries(AuditTrail audit, IReadOnlyList<AlertChange> alerts, IReadOnlyList<OutcomeReport> outcomes,
        IReadOnlyList<IncidentEvent> events, IReadOnlyList<long> positions)
    {
        var entries = new List<NewAuditEntry>(alerts.Count + outcomes.Count + events.Count);
        var index = 0;
        foreach (var change in alerts)
        {
            var (name, agency) = Split(change.Actor);
            entries.Add(audit.Entry("alert." + AlertChangeJson.EventName(change.Kind), change.Alert.Id, Detail(positions, index++, change.Reason), name, agency));
        }

        foreach (var report in outcomes)
        {
            var (name, agency) = Split(report.Reporter);
            entries.Add(audit.Entry("outcome.reported", report.Id, Detail(positions, index++, report.Message), name, agency));
        }

        foreach (var e in events)
        {
            entries.Add(audit.Entry("incident." + e.Type, e.Incident.ToString(), Detail(positions, index++, e.Reason), e.Actor.Name,
                e.Actor.Agency?.Code ?? "entente"));
        }

        return entries;
    }

    private static string Detail(IReadOnlyList<long> positions, int index, string reason) =>
        index < positions.Count ? string.Create(CultureInfo.InvariantCulture, $"event {positions[index]}: {reason}") : reason;

    // Records name people "name (agency)"; anything else is Entente's own.
    private static (string Name, string Agency) Split(string actor)
    {
        var open = actor.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && actor.EndsWith(')') ? (actor[..open], actor[(open + 2)..^1]) : (string.IsNullOrWhiteSpace(actor) ? "entente" : actor, "entente");
    }
}
