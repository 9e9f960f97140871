namespace Entente.Ais.Applications;

/// <summary>The hazardous cargo an inland vessel signals with blue cones or lights (Inland AIS ship static data).</summary>
public enum InlandHazardousCargo
{
    /// <summary>No blue cones or lights.</summary>
    NoBlueCones = 0,

    /// <summary>One blue cone or light.</summary>
    OneBlueCone = 1,

    /// <summary>Two blue cones or lights.</summary>
    TwoBlueCones = 2,

    /// <summary>Three blue cones or lights.</summary>
    ThreeBlueCones = 3,

    /// <summary>The B flag.</summary>
    BFlag = 4,

    /// <summary>Unknown (default).</summary>
    Unknown = 5,
}
