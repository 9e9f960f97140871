using Entente.Incidents.Events;
using Entente.Incidents.Outcomes;
using Entente.Rules.Output;

namespace Entente.Statistics.Operational;

/// <summary>
/// Entente's own records of a stretch of time, as read from the event store or from <c>entente replay</c>'s files: alert
/// changes, incident events and outcome reports, and the records that could not be read.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class OperationalRecords
{
    /// <summary>Creates the set.</summary>
    /// <param name="alertChanges">Alert changes, in the order recorded.</param>
    /// <param name="incidentEvents">Incident events, in the order recorded.</param>
    /// <param name="outcomes">Outcome reports, in the order recorded.</param>
    /// <param name="errors">Records that could not be read.</param>
    public OperationalRecords(IEnumerable<AlertChangeRecord> alertChanges, IEnumerable<IncidentEvent> incidentEvents, IEnumerable<OutcomeReport> outcomes,
        IEnumerable<RecordLineError>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(alertChanges);
        ArgumentNullException.ThrowIfNull(incidentEvents);
        ArgumentNullException.ThrowIfNull(outcomes);
        AlertChanges = [.. alertChanges];
        IncidentEvents = [.. incidentEvents];
        Outcomes = [.. outcomes];
        Errors = errors is null ? [] : [.. errors];
    }

    /// <summary>No records.</summary>
    public static OperationalRecords Empty { get; } = new([], [], []);

    /// <summary>Alert changes (alerts.jsonl, streams "alert-NNNNN").</summary>
    public IReadOnlyList<AlertChangeRecord> AlertChanges { get; }

    /// <summary>Incident events (incidents.jsonl, streams "incident-NNNNN").</summary>
    public IReadOnlyList<IncidentEvent> IncidentEvents { get; }

    /// <summary>Outcome reports (outcomes.jsonl, streams "outcome-NNNNN").</summary>
    public IReadOnlyList<OutcomeReport> Outcomes { get; }

    /// <summary>Records that could not be read, with where they were and why; they count for nothing.</summary>
    public IReadOnlyList<RecordLineError> Errors { get; }

    /// <summary>The time of every record read, in no particular order.</summary>
    public IEnumerable<DateTimeOffset> Times =>
        AlertChanges.Select(a => a.Time).Concat(IncidentEvents.Select(e => e.Time)).Concat(Outcomes.Select(o => o.Time));
}
