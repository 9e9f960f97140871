namespace Entente.Ais.Applications;

/// <summary>The light status reported by AtoN monitoring (IALA A-126).</summary>
public enum AtonLightStatus
{
    /// <summary>No light, or no monitoring.</summary>
    NoLightOrNotMonitored = 0,

    /// <summary>The light is on.</summary>
    On = 1,

    /// <summary>The light is off.</summary>
    Off = 2,

    /// <summary>The light reports an error.</summary>
    Error = 3,
}
