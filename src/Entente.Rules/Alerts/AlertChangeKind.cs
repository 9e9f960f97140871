namespace Entente.Rules.Alerts;

/// <summary>What happened to an alert.</summary>
public enum AlertChangeKind
{
    /// <summary>A rule raised it.</summary>
    Raised,

    /// <summary>A person took it.</summary>
    Acknowledged,

    /// <summary>Nobody acknowledged it in time: its severity went up.</summary>
    Escalated,

    /// <summary>A person closed it.</summary>
    Resolved,

    /// <summary>It was linked to an incident.</summary>
    Linked,
}
