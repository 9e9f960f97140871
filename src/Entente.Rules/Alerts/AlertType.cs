namespace Entente.Rules.Alerts;

/// <summary>What an alert is about. The JSON name is the kebab-case form (see <see cref="AlertTypes"/>).</summary>
public enum AlertType
{
    /// <summary>A small boat has left a launch beach.</summary>
    Launch,

    /// <summary>A boat ran along the shore and stopped off another beach to pick people up.</summary>
    TaxiBoat,

    /// <summary>A small boat has entered a traffic lane of the TSS.</summary>
    TssEntry,

    /// <summary>A boat has crossed the UK–France territorial sea boundary.</summary>
    BoundaryCrossing,

    /// <summary>A boat has crossed the line between the two SAR regions.</summary>
    SarRegionCrossing,

    /// <summary>A small boat is stopped or drifting at sea, away from the shore.</summary>
    StoppedAtSea,

    /// <summary>A small boat is approaching the English coast.</summary>
    ApproachingCoast,

    /// <summary>A small boat has reached the English shore (its track ended at the coast).</summary>
    Landing,

    /// <summary>A ship stopped reporting AIS while still seen by radar inside coverage.</summary>
    AisGap,

    /// <summary>A distress report, with its candidate boats.</summary>
    DistressReport,

    /// <summary>Evidence offered to close an incident does not match it.</summary>
    EvidenceConflict,

    /// <summary>A handover between centres was offered and not accepted in time.</summary>
    HandoverOverdue,
}
