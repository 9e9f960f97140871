namespace Entente.Ais.Applications;

/// <summary>The RACON status reported by AtoN monitoring (IALA A-126).</summary>
public enum RaconStatus
{
    /// <summary>No RACON installed.</summary>
    NotInstalled = 0,

    /// <summary>A RACON is installed but not monitored.</summary>
    NotMonitored = 1,

    /// <summary>The RACON is operational.</summary>
    Operational = 2,

    /// <summary>The RACON reports an error.</summary>
    Error = 3,
}
