using System.Globalization;
using Entente.Rules.Alerts;
using Entente.Rules.Correlation;
using Entente.Rules.Situation;

namespace Entente.Rules.Rules;

/// <summary>
/// Distress reports: every call goes through the <see cref="DistressCorrelator"/>, and every case it opens — a boat
/// believed to be calling, correlated to a track, ambiguous between tracks, or seen by no track — raises a distress
/// alert. Later calls of the same case fold into that alert (its occurrences count the calls). An uncorrelated report
/// is a case, and an alert, of its own: nothing is merged silently.
/// </summary>
public sealed class DistressReportRule : ISituationRule
{
    private IReadOnlyList<CaseChange> _lastChanges = [];

    /// <summary>Creates the rule.</summary>
    /// <param name="correlator">The correlator; one with default options when null.</param>
    public DistressReportRule(DistressCorrelator? correlator = null) => Correlator = correlator ?? new DistressCorrelator();

    /// <summary>The correlator, with every case.</summary>
    public DistressCorrelator Correlator { get; }

    /// <summary>The case changes of the last frame evaluated.</summary>
    public IReadOnlyList<CaseChange> LastChanges => _lastChanges;

    /// <inheritdoc />
    public string Name => "distress-report";

    /// <summary>The deduplication key of a case's alert.</summary>
    /// <param name="caseId">The case id, e.g. "CASE-0003".</param>
    /// <returns>The key.</returns>
    public static string Key(string caseId) => "distress/" + caseId;

    /// <inheritdoc />
    public void Evaluate(SituationFrame frame, SituationContext context, ICollection<AlertCandidate> found)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(found);
        _lastChanges = Correlator.Observe(frame);
        foreach (var change in _lastChanges)
        {
            if (change.Kind is not (CaseChangeKind.Opened or CaseChangeKind.CallAdded or CaseChangeKind.Joined))
            {
                continue;
            }

            var c = change.Case;
            var track = c.Correlation == CaseCorrelation.Correlated ? c.BestTrackId : null;
            var position = c.FusedPosition ?? change.Call?.Position;
            var calls = string.Create(CultureInfo.InvariantCulture, $"{c.Calls.Count} call{(c.Calls.Count == 1 ? "" : "s")} from {c.Callers.Count} caller{(c.Callers.Count == 1 ? "" : "s")}");
            found.Add(new AlertCandidate(AlertType.DistressReport, AlertSeverity.Distress, frame.Time, Key(c.Id), position, track, null,
                $"{c.Id}, {calls}: {change.Reason} Tonight: {Correlator.Describe()}.")
            {
                People = c.People,
            });
        }
    }
}
