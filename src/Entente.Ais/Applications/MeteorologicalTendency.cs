namespace Entente.Ais.Applications;

/// <summary>The tendency of air pressure or water level in meteorological and hydrological data (IMO SN.1/Circ.236 and 289).</summary>
public enum MeteorologicalTendency
{
    /// <summary>Steady.</summary>
    Steady = 0,

    /// <summary>Decreasing.</summary>
    Decreasing = 1,

    /// <summary>Increasing.</summary>
    Increasing = 2,

    /// <summary>Not available (default).</summary>
    NotAvailable = 3,
}
