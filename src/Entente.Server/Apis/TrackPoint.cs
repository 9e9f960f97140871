namespace Entente.Server.Apis;

/// <summary>Where a track was at one frame.</summary>
/// <param name="Time">The frame's time.</param>
/// <param name="Lat">Latitude, degrees.</param>
/// <param name="Lon">Longitude, degrees.</param>
/// <param name="SpeedKnots">Speed, knots.</param>
/// <param name="CourseDegrees">Course, degrees true.</param>
public sealed record TrackPoint(DateTimeOffset Time, double Lat, double Lon, double SpeedKnots, double CourseDegrees);
