namespace Entente.Rules.Alerts;

/// <summary>The kebab-case names of <see cref="AlertType"/> and <see cref="AlertSeverity"/> used in files and APIs.</summary>
public static class AlertTypes
{
    private static readonly Dictionary<AlertType, string> Names = new()
    {
        [AlertType.Launch] = "launch",
        [AlertType.TaxiBoat] = "taxi-boat",
        [AlertType.TssEntry] = "tss-entry",
        [AlertType.BoundaryCrossing] = "boundary-crossing",
        [AlertType.SarRegionCrossing] = "sar-region-crossing",
        [AlertType.StoppedAtSea] = "stopped-at-sea",
        [AlertType.ApproachingCoast] = "approaching-coast",
        [AlertType.Landing] = "landing",
        [AlertType.AisGap] = "ais-gap",
        [AlertType.DistressReport] = "distress-report",
        [AlertType.EvidenceConflict] = "evidence-conflict",
        [AlertType.HandoverOverdue] = "handover-overdue",
    };

    private static readonly Dictionary<string, AlertType> ByName = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>The name of a type, e.g. "stopped-at-sea".</summary>
    /// <param name="type">The type.</param>
    /// <returns>The kebab-case name.</returns>
    public static string ToName(AlertType type) => Names[type];

    /// <summary>The type of a name, or null when there is none.</summary>
    /// <param name="name">A kebab-case name.</param>
    /// <returns>The type, or null.</returns>
    public static AlertType? Parse(string name) => ByName.TryGetValue(name, out var type) ? type : null;

    /// <summary>The name of a severity: "info", "warning", "urgent" or "distress".</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The lower-case name.</returns>
    public static string ToName(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Info => "info",
        AlertSeverity.Warning => "warning",
        AlertSeverity.Urgent => "urgent",
        AlertSeverity.Distress => "distress",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
    };
}
