using Entente.Simulation.Navigation;

namespace Entente.Simulation.Traffic;

/// <summary>
/// The centre lines merchant ships follow through the Dover Strait TSS, one per direction, written from the lane
/// limits in ../shared/reference/channel.md (OpenSeaMap/OSM outline of the scheme of COLREG.2/Circ.59) and extended to
/// the North Sea and the western Channel. Ships keep to the starboard side of the central separation zone.
/// </summary>
internal static class LaneRoutes
{
    /// <summary>North-east-bound: the French side of the scheme, from off Beachy Head to the southern North Sea.</summary>
    public static Route NorthEastBound { get; } = Route.FromDegrees(
        (50.27, -0.30), (50.3205, 0.035), (50.497, 0.980), (50.728, 1.372), (50.921, 1.470), (51.084, 1.705), (51.25, 1.98), (51.45, 2.30), (51.62, 2.60));

    /// <summary>South-west-bound: the English side of the scheme, from the southern North Sea to off Beachy Head.</summary>
    public static Route SouthWestBound { get; } = Route.FromDegrees(
        (51.62, 2.45), (51.42, 2.10), (51.20, 1.68), (51.059, 1.487), (50.93, 1.256), (50.76, 0.935), (50.53, 0.28), (50.50, -0.30));

    /// <summary>Half the width ships spread over either side of the centre line, metres (lanes are 4–4.5 nm wide).</summary>
    public const double SpreadMetres = 2_000;
}
