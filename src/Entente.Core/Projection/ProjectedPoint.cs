using System.Globalization;

namespace Entente.Core.Projection;

/// <summary>
/// A point on the Channel plane of <see cref="ChannelProjection"/>, in metres from its origin (1.5°E, 50.5°N).
/// </summary>
/// <param name="EastingMetres">Distance east of the central meridian in metres (negative to the west).</param>
/// <param name="NorthingMetres">Distance north of the origin in metres (negative to the south).</param>
public readonly record struct ProjectedPoint(double EastingMetres, double NorthingMetres)
{
    /// <summary>Straight-line distance on the plane to another point.</summary>
    /// <remarks>
    /// The projection's scale is 1 on the central meridian and grows away from it, so over the Channel area (2°W to 3.5°E)
    /// this exceeds the geodesic distance by less than 0.08 %. Use <see cref="Geodesy.Geodesic"/> where that matters.
    /// </remarks>
    /// <param name="other">The other point.</param>
    /// <returns>The planar distance in metres.</returns>
    public double PlanarDistanceMetres(ProjectedPoint other) =>
        Math.Sqrt(((other.EastingMetres - EastingMetres) * (other.EastingMetres - EastingMetres))
            + ((other.NorthingMetres - NorthingMetres) * (other.NorthingMetres - NorthingMetres)));

    /// <summary>Formats as "E …, N …" in metres with three decimals, culture-invariant.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"E {EastingMetres:F3} m, N {NorthingMetres:F3} m");
}
