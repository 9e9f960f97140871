namespace Entente.Geo.Geography;

/// <summary>Settings of the Channel geography. Bound from the "Geography" configuration section.</summary>
public sealed record ChannelGeographyOptions
{
    /// <summary>
    /// The line dividing the UK and French SAR regions, south-west to north-east, crossing the whole area of
    /// interest. Empty (the default) uses the built-in proxy: the 1988 territorial boundary extended along the
    /// Channel median. The agreed boundary is lodged with IMO but not published openly: set it here when known.
    /// </summary>
    public IReadOnlyList<CoordinateOption> SarBoundary { get; init; } = [];

    /// <summary>Breadth of the territorial sea from the coast, nautical miles. Default 12 (UNCLOS art. 3).</summary>
    public double TerritorialSeaNauticalMiles { get; init; } = 12.0;
}
