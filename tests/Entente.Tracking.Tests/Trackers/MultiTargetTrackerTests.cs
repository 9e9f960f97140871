using Entente.Core.Detections;
using Entente.Core.Projection;
using Entente.Tracking.Detections;
using Entente.Tracking.Models;
using Entente.Tracking.Deleters;
using Entente.Tracking.Pipeline;
using Entente.Tracking.Tracks;
using Entente.Tracking.Types;

namespace Entente.Tracking.Tests.Trackers;

public sealed class MultiTargetTrackerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 22, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(11)]
    public void CrossingTargetsInClutter_AreEachTrackedOnce_AndClutterIsRarelyConfirmed(int seed)
    {
        var random = new Random(seed);
        var model = new PositionMeasurementModel(25);

        // Six targets at 3–10 m/s, two of them crossing near the middle; position plots every 3 s with Pd 0.9 and
        // ten clutter plots a scan over 10 × 10 km.
        var targets = new (double X, double Y, double Vx, double Vy)[]
        {
            (0, 0, 5, 5), (3000, 0, -5, 5), (-4000, -4000, 3, 0), (4000, -3000, 0, 4), (-2000, 4000, 10, -1), (1000, -4500, -2, 6),
        };
        // The targets hold course and speed: a quieter motion model than the standard one suits them.
        var tracker = TrackingPipeline.Build(new TrackingPipelineOptions { ProcessNoiseDensity = 0.1 });
        var confirmedFalse = 0;
        var confirmedAll = 0;
        for (var k = 0; k < 200; k++)
        {
            var time = Start.AddSeconds(3 * k);
            var batch = new List<TrackerDetection>();
            foreach (var t in targets)
            {
                if (random.NextDouble() < 0.9)
                {
                    var x = t.X + (t.Vx * 3 * k) + (25 * Gaussian(random));
                    var y = t.Y + (t.Vy * 3 * k) + (25 * Gaussian(random));
                    batch.Add(new TrackerDetection(time, "s", DetectionKind.Aerial, Matrix.Column(x, y), model, new ProjectedPoint(x, y), 25));
                }
            }

            for (var c = 0; c < 10; c++)
            {
                var x = (random.NextDouble() * 10_000) - 5_000;
                var y = (random.NextDouble() * 10_000) - 5_000;
                batch.Add(new TrackerDetection(time, "s", DetectionKind.Aerial, Matrix.Column(x, y), model, new ProjectedPoint(x, y), 25));
            }

            tracker.Step(time, batch);
            foreach (var track in tracker.Tracks.Where(t => t.Status == TrackStatus.Confirmed))
            {
                confirmedAll++;
                var nearest = targets.Min(t => Distance(track, t.X + (t.Vx * 3 * k), t.Y + (t.Vy * 3 * k)));
                if (nearest > 200)
                {
                    confirmedFalse++;
                }
            }
        }

        var end = 3 * 199;
        var confirmed = tracker.Tracks.Where(t => t.Status == TrackStatus.Confirmed).ToList();
        foreach (var t in targets)
        {
            var track = Assert.Single(confirmed, c => Distance(c, t.X + (t.Vx * end), t.Y + (t.Vy * end)) < 100);

            // One track for the whole run: confirmed within the first few scans and never renumbered.
            Assert.True(track.Confirmed - Start <= TimeSpan.FromSeconds(21), $"track {track.Number} confirmed at {track.Confirmed}");
            Assert.True(Math.Abs(track.Estimate.Mean[1, 0] - t.Vx) < 2 && Math.Abs(track.Estimate.Mean[3, 0] - t.Vy) < 2, $"track {track.Number} velocity {track.Estimate.Mean[1, 0]:F2},{track.Estimate.Mean[3, 0]:F2} against {t.Vx},{t.Vy}");
        }


        // Spurious confirmed track time at most 2% of all confirmed track time (a chance line-up of clutter can pass
        // M-of-N; it must not last).
        Assert.True(confirmedFalse <= 0.02 * confirmedAll, $"{confirmedFalse} of {confirmedAll} confirmed track-scans are false");
        Assert.True(confirmed.Count <= targets.Length + 1, $"{confirmed.Count} confirmed tracks at the end");
    }

    [Fact]
    public void ATrackThatLosesItsTarget_Coasts_ThenIsDeleted()
    {
        var model = new PositionMeasurementModel(20);
        var tracker = TrackingPipeline.Build(new TrackingPipelineOptions { UpdateTime = new UpdateTimeDeleterOptions { CoastAfter = TimeSpan.FromSeconds(10), DeleteAfter = TimeSpan.FromSeconds(60) } });
        for (var k = 0; k < 10; k++)
        {
            var x = 4.0 * 3 * k;
            tracker.Step(Start.AddSeconds(3 * k), [new TrackerDetection(Start.AddSeconds(3 * k), "s", DetectionKind.Aerial, Matrix.Column(x, 0), model, new ProjectedPoint(x, 0), 20)]);
        }

        var track = Assert.Single(tracker.Tracks);
        Assert.Equal(TrackStatus.Confirmed, track.Status);
        tracker.Step(Start.AddSeconds(27 + 15), []);
        Assert.Equal(TrackStatus.Coasting, track.Status);
        tracker.Step(Start.AddSeconds(27 + 61), []);
        Assert.Empty(tracker.Tracks);
        Assert.Same(track, Assert.Single(tracker.Deleted));
    }

    [Fact]
    public void TheConverter_PutsARadarPlotWhereItsRangeAndBearingSay()
    {
        var site = Entente.Core.Positions.GeoPosition.FromDegrees(50.8667, 1.5833);
        var record = DetectionRecord.Radar(Start, "radar-gris-nez", site, 10_000, 300, 20, 0.3);
        var detection = new DetectionConverter().Convert(record);
        var target = Entente.Core.Geodesy.Geodesic.Direct(site, 300, 10_000).Position;
        Assert.True(ChannelProjection.Project(target).PlanarDistanceMetres(detection.Position) < 5);
        Assert.Equal(10_000 * 0.3 * Math.PI / 180, detection.SigmaMetres, 6);
    }

    private static double Distance(Track track, double x, double y) =>
        Math.Sqrt(Math.Pow(track.Estimate.Mean[0, 0] - x, 2) + Math.Pow(track.Estimate.Mean[2, 0] - y, 2));

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
