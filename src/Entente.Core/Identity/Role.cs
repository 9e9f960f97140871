namespace Entente.Core.Identity;

/// <summary>What a user does on the watch floor, and so what Entente lets them do.</summary>
public enum Role
{
    /// <summary>Watches the picture, acknowledges alerts, records calls and sightings for their centre.</summary>
    WatchOfficer,

    /// <summary>Coordinates search and rescue for their centre: accepts handovers, tasks assets, closes incidents.</summary>
    SarMissionCoordinator,

    /// <summary>Liaises with the other state: reads what is released to both, records consents and notes.</summary>
    LiaisonOfficer,

    /// <summary>Reads records and statistics; writes intelligence notes; takes no operational action.</summary>
    Analyst,

    /// <summary>Manages users and configuration.</summary>
    Administrator,

    /// <summary>A sensor or feed that sends detections; no person.</summary>
    FeedClient,
}
