namespace Entente.Ais.Applications;

/// <summary>The type of precipitation in meteorological and hydrological data (WMO 306 code table 4.201).</summary>
public enum PrecipitationType
{
    /// <summary>Reserved.</summary>
    Reserved = 0,

    /// <summary>Rain.</summary>
    Rain = 1,

    /// <summary>Thunderstorm.</summary>
    Thunderstorm = 2,

    /// <summary>Freezing rain.</summary>
    FreezingRain = 3,

    /// <summary>Mixed, or ice.</summary>
    MixedOrIce = 4,

    /// <summary>Snow.</summary>
    Snow = 5,

    /// <summary>Reserved (code 6).</summary>
    Reserved6 = 6,

    /// <summary>Not available (default).</summary>
    NotAvailable = 7,
}
