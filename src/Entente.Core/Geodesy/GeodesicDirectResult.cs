using Entente.Core.Positions;

namespace Entente.Core.Geodesy;

/// <summary>
/// The solution of the direct geodesic problem: where a geodesic of given start, azimuth and length ends.
/// </summary>
/// <param name="Position">The end position.</param>
/// <param name="FinalBearingDegrees">Azimuth of the geodesic at the end, in the direction of travel, in [0, 360).</param>
public readonly record struct GeodesicDirectResult(GeoPosition Position, double FinalBearingDegrees);
