namespace Entente.Incidents.Incidents;

/// <summary>Whether an incident is still being worked.</summary>
public enum IncidentStatus
{
    /// <summary>Open: a centre coordinates it.</summary>
    Open,

    /// <summary>Closed on evidence that matched it. Its log stays.</summary>
    Closed,
}
