using Entente.Core.Detections;
using Entente.Core.Projection;
using Entente.Core.Units;
using Entente.Geo.Geography;
using Entente.Simulation.Engine;
using Entente.Simulation.Output;
using Entente.Simulation.Scenarios;
using Entente.Tracking.Detections;
using Entente.Tracking.Metrics;
using Entente.Tracking.Output;
using Entente.Tracking.Pipeline;
using Entente.Tracking.Tracks;

namespace Entente.Testing.Tracking;

/// <summary>
/// Runs a simulated night through a tracker and scores it, all in memory: the check behind the tracking acceptance tests
/// and the benchmark records.
/// </summary>
public static class SimulatedNight
{
    /// <summary>Simulates, tracks and scores a scenario.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="options">The tracking pipeline; the standard one when null.</param>
    /// <returns>The scores.</returns>
    public static NightScore Score(Scenario scenario, TrackingPipelineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var tracker = TrackingPipeline.Build(options);
        var evaluator = new TrackingEvaluator();
        var converter = new DetectionConverter();
        var truths = new Dictionary<string, TruthRecord>(StringComparer.Ordinal);
        var (squaredError, plots) = (0.0, 0L);
        var smallBoatSince = new Dictionary<long, DateTimeOffset>();
        var longest = TimeSpan.Zero;

        // The simulator hands over a step's plots before that step's truth: the evaluator takes them in time order.
        var pending = new List<(string Id, DateTimeOffset Time)>();

        void Frame(DateTimeOffset time, IReadOnlyList<TruthRecord> records)
        {
            var points = new List<TruthPoint>();
            foreach (var r in records)
            {
                truths[r.Id] = r;
                if (TruthClasses.FromTruth(TruthRecordJson.KindName(r.Kind), TruthRecordJson.StateName(r.State), r.Mmsi is not null) is { } c)
                {
                    points.Add(new TruthPoint(r.Id, c, r.Position, c == TruthClass.VesselWithAis ? r.Mmsi : null));
                }
            }

            foreach (var (id, at) in pending.Where(p => p.Time <= time))
            {
                evaluator.AddDetection(id, at);
            }

            pending.RemoveAll(p => p.Time <= time);
            var reports = tracker.Tracks.Select(t => TrackSnapshot.Report(t, tracker.Components.Predictor, time)).ToList();
            evaluator.AddFrame(time, points, reports);
            foreach (var report in reports)
            {
                if (report.Class == TrackClass.SmallBoat && report.Status != TrackStatus.Tentative)
                {
                    var since = smallBoatSince.TryGetValue(report.Id, out var s) ? s : time;
                    smallBoatSince[report.Id] = since;
                    longest = time - since > longest ? time - since : longest;
                }
                else
                {
                    smallBoatSince.Remove(report.Id);
                }
            }
        }

        void Detection(DetectionRecord record)
        {
            if (record.TruthId is not { } id || record.Kind != DetectionKind.Radar)
            {
                return;
            }

            pending.Add((id, record.Time));
            if (truths.TryGetValue(id, out var truth) && truth.Kind == Simulation.World.ObjectKind.SmallBoat)
            {
                // The truth moved on at its speed and course from its last record to the plot's instant.
                var seconds = (record.Time - truth.Time).TotalSeconds;
                var at = Core.Geodesy.Geodesic.Direct(truth.Position, truth.CourseDegrees,
                    UnitConversions.KnotsToMetresPerSecond(truth.SpeedKnots) * seconds).Position;
                var plot = converter.Convert(record).Position;
                squaredError += Math.Pow(plot.PlanarDistanceMetres(ChannelProjection.Project(at)), 2);
                plots++;
            }
        }

        var sink = new SimulatedTracking(tracker, Frame, Detection);
        new Simulator(scenario, ChannelGeography.LoadDefault(), sink).Run();
        return new NightScore(evaluator.Result(), plots == 0 ? double.NaN : Math.Sqrt(squaredError / plots), longest, tracker.Statistics,
            scenario.Duration);
    }
}
