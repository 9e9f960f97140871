using Entente.Core.Detections;
using Entente.Core.Projection;
using Entente.Tracking.Detections;
using Entente.Tracking.Models;
using Entente.Tracking.Types;

namespace Entente.Tracking.Tests;

/// <summary>Detections for tests: position plots with a circular error, AIS-like reports, a seeded Gaussian.</summary>
internal static class TestPlots
{
    public static readonly DateTimeOffset Start = new(2026, 11, 21, 22, 0, 0, TimeSpan.Zero);

    public static TrackerDetection Position(DateTimeOffset time, double x, double y, double sigma = 25, string sensor = "s",
        DetectionKind kind = DetectionKind.Aerial) =>
        new(time, sensor, kind, Matrix.Column(x, y), new PositionMeasurementModel(sigma), new ProjectedPoint(x, y), sigma);

    public static TrackerDetection Ais(DateTimeOffset time, int mmsi, double x, double y, double vx, double vy) =>
        new(time, "ais", DetectionKind.Ais, Matrix.Column(x, vx, y, vy), new PositionVelocityMeasurementModel(10, 0.3), new ProjectedPoint(x, y), 10)
        {
            Mmsi = mmsi,
        };

    public static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
