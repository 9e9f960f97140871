namespace Entente.Geo.Features;

/// <summary>What a geographic feature is. The GeoJSON "kind" property holds the kebab-case name.</summary>
public enum FeatureKind
{
    /// <summary>Land of one country (multipolygon).</summary>
    Land,

    /// <summary>A state's territorial sea, derived from land and the boundary (polygon).</summary>
    TerritorialSea,

    /// <summary>A state's search-and-rescue region (polygon; a proxy, see the SAR boundary).</summary>
    SarRegion,

    /// <summary>The 1988 UK–France territorial sea boundary (line).</summary>
    TerritorialBoundary,

    /// <summary>The line between the two SAR regions (line; a configurable proxy).</summary>
    SarBoundary,

    /// <summary>A traffic lane of the TSS (polygon, with a direction).</summary>
    TssLane,

    /// <summary>A separation zone of the TSS (polygon).</summary>
    TssSeparationZone,

    /// <summary>An inshore traffic zone (polygon).</summary>
    InshoreTrafficZone,

    /// <summary>A beach or river mouth from which small boats are launched (point).</summary>
    LaunchBeach,

    /// <summary>A place where small boats land or are brought in (point).</summary>
    Landing,

    /// <summary>An RNLI or SNSM lifeboat station (point).</summary>
    LifeboatStation,

    /// <summary>A rescue coordination centre (point).</summary>
    CoordinationCentre,

    /// <summary>A coastal radar site (point).</summary>
    RadarSite,
}
