namespace Entente.Incidents.Incidents;

/// <summary>Why an action on an incident was refused.</summary>
public enum IncidentActionRefusal
{
    /// <summary>The actor may not do this (not staff of the centre whose decision it is).</summary>
    NotAllowed,

    /// <summary>The incident is not in a state where this makes sense (closed, no offer pending...).</summary>
    InvalidState,

    /// <summary>The asset would operate in the other state's waters and that state has not consented.</summary>
    ConsentRequired,
}
