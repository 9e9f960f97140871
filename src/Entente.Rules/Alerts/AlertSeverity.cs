namespace Entente.Rules.Alerts;

/// <summary>How urgently an alert needs a person. Ordered: a higher value is more urgent.</summary>
public enum AlertSeverity
{
    /// <summary>For the record and for awareness (e.g. a ship entering a lane).</summary>
    Info = 0,

    /// <summary>Needs a watch officer's attention (e.g. a launch, a boundary crossing).</summary>
    Warning = 1,

    /// <summary>Needs action now (e.g. a boat stopped at sea, conflicting rescue evidence).</summary>
    Urgent = 2,

    /// <summary>Life at risk (a distress report). Never suppressed.</summary>
    Distress = 3,
}
