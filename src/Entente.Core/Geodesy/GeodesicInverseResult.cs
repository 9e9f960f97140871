namespace Entente.Core.Geodesy;

/// <summary>
/// The solution of the inverse geodesic problem: the shortest path between two positions on the ellipsoid.
/// </summary>
/// <param name="DistanceMetres">Length of the geodesic in metres; zero for coincident positions.</param>
/// <param name="InitialBearingDegrees">Azimuth of the geodesic at the start, clockwise from true north, in [0, 360).</param>
/// <param name="FinalBearingDegrees">
/// Azimuth of the geodesic at the end, in the direction of travel, in [0, 360). Add 180° for the reverse azimuth.
/// </param>
public readonly record struct GeodesicInverseResult(double DistanceMetres, double InitialBearingDegrees, double FinalBearingDegrees);
