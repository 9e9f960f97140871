using Entente.Tracking.Detections;
using Entente.Tracking.Pipeline;
using Entente.Tracking.Tracks;

namespace Entente.Tracking.Tests.Trackers;

public sealed class OutOfSequenceTests
{
    [Fact]
    public void DetectionsArrivingUpToTwentySecondsLate_GiveTheSameTracksAsInOrder()
    {
        var random = new Random(5);
        var targets = new (double X, double Y, double Vx, double Vy)[] { (0, 0, 4, 1), (2_000, 500, -3, 2), (-1_000, 3_000, 1, -5) };
        var scans = new List<List<TrackerDetection>>();
        for (var k = 0; k < 100; k++)
        {
            var time = TestPlots.Start.AddSeconds(3 * k);
            scans.Add([.. targets.Where(_ => random.NextDouble() < 0.9).Select(t => TestPlots.Position(time,
                t.X + (t.Vx * 3 * k) + (25 * TestPlots.Gaussian(random)), t.Y + (t.Vy * 3 * k) + (25 * TestPlots.Gaussian(random))))]);
        }

        var inOrder = TrackingPipeline.Build();
        for (var k = 0; k < scans.Count; k++)
        {
            inOrder.Step(TestPlots.Start.AddSeconds(3 * k), scans[k]);
        }

        // Every fourth scan is held back by 12–21 s, as a slow link would; it arrives in a later step.
        var late = TrackingPipeline.Build();
        var held = new List<(int Due, List<TrackerDetection> Scan)>();
        for (var k = 0; k < scans.Count + 10; k++)
        {
            if (k < scans.Count)
            {
                if (k % 4 == 1)
                {
                    held.Add((k + 4 + random.Next(0, 4), scans[k]));
                }
                else
                {
                    late.Step(TestPlots.Start.AddSeconds(3 * k), scans[k]);
                }
            }

            foreach (var due in held.Where(h => h.Due == k).ToList())
            {
                late.Step(TestPlots.Start.AddSeconds(3 * k), due.Scan);
                held.Remove(due);
            }
        }

        Assert.True(late.Statistics.OutOfSequenceUsed > 40, $"{late.Statistics.OutOfSequenceUsed} late detections slotted in");
        Assert.Equal(0, late.Statistics.LateDetectionsDropped);
        var expected = inOrder.Tracks.Where(t => t.Status != TrackStatus.Tentative).OrderBy(t => t.Estimate.EastingMetres).ToList();
        var actual = late.Tracks.Where(t => t.Status != TrackStatus.Tentative).OrderBy(t => t.Estimate.EastingMetres).ToList();
        Assert.Equal(targets.Length, expected.Count);
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            // The same detections in a different order of arrival: the same estimate at the same time.
            var a = expected[i].Estimate;
            var b = late.Components.Predictor.Predict(actual[i].State, a.Time).Gaussian;
            Assert.True(Math.Abs(a.EastingMetres - b.EastingMetres) < 1 && Math.Abs(a.NorthingMetres - b.NorthingMetres) < 1,
                $"track {i}: {a.EastingMetres:F1},{a.NorthingMetres:F1} in order against {b.EastingMetres:F1},{b.NorthingMetres:F1}");
            Assert.Equal(expected[i].Hits, actual[i].Hits);
        }
    }

    [Fact]
    public void ADetectionOlderThanTheWindow_IsCountedAndSetAside()
    {
        var tracker = TrackingPipeline.Build(new TrackingPipelineOptions { Tracker = new() { OutOfSequenceWindow = TimeSpan.FromSeconds(30) } });
        tracker.Step(TestPlots.Start.AddMinutes(5), [TestPlots.Position(TestPlots.Start.AddMinutes(5), 0, 0)]);
        tracker.Step(TestPlots.Start.AddMinutes(5), [TestPlots.Position(TestPlots.Start, 100, 100), TestPlots.Position(TestPlots.Start.AddMinutes(4.9), 5_000, 0)]);
        Assert.Equal(1, tracker.Statistics.LateDetectionsDropped);
        Assert.Equal(2, tracker.Tracks.Count);
    }
}
