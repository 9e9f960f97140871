namespace Entente.Rules.Alerts;

/// <summary>Where an alert is in its lifecycle: raised → acknowledged → resolved (an alert may also be resolved without
/// being acknowledged, e.g. when the situation clears, and that is recorded).</summary>
public enum AlertStatus
{
    /// <summary>Raised and waiting for a person.</summary>
    Raised,

    /// <summary>A person has taken it.</summary>
    Acknowledged,

    /// <summary>Closed, with who and why.</summary>
    Resolved,
}
