using Entente.Tracking.Association;
using Entente.Tracking.Detections;
using Entente.Tracking.Models;
using Entente.Tracking.Predictors;
using Entente.Tracking.Tracks;
using Entente.Tracking.Types;
using Entente.Tracking.Updaters;

namespace Entente.Tracking.Trackers;

/// <summary>
/// A global-nearest-neighbour multi-target tracker with a push step, used alike by live ingest, replay and the
/// simulator. Each step: gate detections against tracks; split the gated pairs into clusters; assign each cluster
/// optimally; update the assigned tracks; start tentative tracks from what is left; confirm, coast and delete.
/// </summary>
/// <remarks>Not thread-safe: one thread steps it. Give each step the detections of one sensor's scan slice, in time
/// order, so that one target is not seen twice in a step.</remarks>
public sealed class MultiTargetTracker
{
    private readonly TrackerOptions _options;
    private readonly KalmanPredictor _predictor;
    private readonly List<Track> _tracks = [];
    private long _nextNumber = 1;

    /// <summary>Creates a tracker.</summary>
    /// <param name="options">Its settings; defaults when null.</param>
    public MultiTargetTracker(TrackerOptions? options = null)
    {
        _options = options ?? new TrackerOptions();
        _predictor = new KalmanPredictor(new ConstantVelocityModel(_options.ProcessNoiseDensity));
    }

    /// <summary>The live tracks (tentative, confirmed and coasting).</summary>
    public IReadOnlyList<Track> Tracks => _tracks;

    /// <summary>Tracks deleted in the last step.</summary>
    public IReadOnlyList<Track> Deleted { get; private set; } = [];

    /// <summary>Processes one batch of detections and manages tracks up to <paramref name="time"/>.</summary>
    /// <param name="time">The time the batch ends.</param>
    /// <param name="detections">The batch.</param>
    public void Step(DateTimeOffset time, IReadOnlyList<TrackerDetection> detections)
    {
        ArgumentNullException.ThrowIfNull(detections);
        // Established tracks choose first; tentative ones only get what is left, so that a new, wide-gated track never
        // takes a detection from a confirmed one.
        var assigned = new int[detections.Count];
        Array.Fill(assigned, -1);
        var pairs = new List<GatedPair>();
        foreach (var established in new[] { true, false })
        {
            var stage = Gate(detections, established, assigned);
            foreach (var cluster in Clusters(stage, detections.Count))
            {
                Assign(cluster, assigned);
            }

            pairs.AddRange(stage);
        }

        var chosen = pairs.ToDictionary(p => (p.Detection, p.Track));
        for (var d = 0; d < detections.Count; d++)
        {
            if (assigned[d] >= 0)
            {
                var pair = chosen[(d, assigned[d])];
                var track = _tracks[pair.Track];
                track.State = pair.Update.Posterior;
                track.LastUpdate = detections[d].Time;
                track.Hits++;
                if (track.Status == TrackStatus.Coasting)
                {
                    track.Status = TrackStatus.Confirmed;
                }
                else if (track.Status == TrackStatus.Tentative && track.Hits >= _options.ConfirmationHits && Speed(track.State) <= _options.MaxSpeedMetresPerSecond)
                {
                    track.Status = TrackStatus.Confirmed;
                    track.Confirmed = detections[d].Time;
                }
            }
        }

        for (var d = 0; d < detections.Count; d++)
        {
            if (assigned[d] < 0)
            {
                _tracks.Add(new Track(_nextNumber++, Initiate(detections[d])));
            }
        }

        Manage(time);
    }

    private List<GatedPair> Gate(IReadOnlyList<TrackerDetection> detections, bool established, int[] assigned)
    {
        var pairs = new List<GatedPair>();
        var coarse = _options.CoarseGateMetres;
        for (var t = 0; t < _tracks.Count; t++)
        {
            if ((_tracks[t].Status != TrackStatus.Tentative) != established)
            {
                continue;
            }

            var state = _tracks[t].State;
            for (var d = 0; d < detections.Count; d++)
            {
                if (assigned[d] >= 0)
                {
                    continue;
                }

                var detection = detections[d];

                // Cheap test first: the track's mean moved on at its velocity, against the detection's position.
                var dt = (detection.Time - state.Time).TotalSeconds;
                var dx = state.Mean[0, 0] + (state.Mean[1, 0] * dt) - detection.Position.EastingMetres;
                var dy = state.Mean[2, 0] + (state.Mean[3, 0] * dt) - detection.Position.NorthingMetres;
                if ((dx * dx) + (dy * dy) > coarse * coarse)
                {
                    continue;
                }

                var prediction = _predictor.Predict(state, detection.Time);
                var update = KalmanUpdater.Update(prediction, detection.Measurement, detection.Model);
                if (update.NormalisedInnovationSquared <= _options.GateNis)
                {
                    pairs.Add(new GatedPair(t, d, update, update.NormalisedInnovationSquared + Math.Log(update.InnovationDeterminant)));
                }
            }
        }

        return pairs;
    }

    // Tracks and detections linked by gated pairs form clusters; each is assigned on its own, so the cost grows with
    // the size of the clusters, not with the square of the whole picture.
    private List<List<GatedPair>> Clusters(List<GatedPair> pairs, int detectionCount)
    {
        var parent = Enumerable.Range(0, _tracks.Count + detectionCount).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        foreach (var pair in pairs)
        {
            var a = Find(pair.Track);
            var b = Find(_tracks.Count + pair.Detection);
            if (a != b)
            {
                parent[a] = b;
            }
        }

        return [.. pairs.GroupBy(p => Find(p.Track)).OrderBy(g => g.Key).Select(g => g.ToList())];
    }

    private static void Assign(List<GatedPair> cluster, int[] assigned)
    {
        var tracks = cluster.Select(p => p.Track).Distinct().Order().ToList();
        var detections = cluster.Select(p => p.Detection).Distinct().Order().ToList();
        var costs = new double[tracks.Count, detections.Count];
        for (var i = 0; i < tracks.Count; i++)
        {
            for (var j = 0; j < detections.Count; j++)
            {
                costs[i, j] = double.PositiveInfinity;
            }
        }

        foreach (var pair in cluster)
        {
            costs[tracks.IndexOf(pair.Track), detections.IndexOf(pair.Detection)] = pair.Cost;
        }

        var solution = LinearAssignment.Solve(costs);
        for (var i = 0; i < solution.Length; i++)
        {
            if (solution[i] >= 0)
            {
                assigned[detections[solution[i]]] = tracks[i];
            }
        }
    }

    private GaussianState Initiate(TrackerDetection detection)
    {
        var p = detection.Position;
        var sigma = detection.SigmaMetres;
        var speedSigma = _options.InitialSpeedSigmaMetresPerSecond;
        return new GaussianState(Matrix.Column(p.EastingMetres, 0, p.NorthingMetres, 0),
            Matrix.Diagonal(sigma * sigma, speedSigma * speedSigma, sigma * sigma, speedSigma * speedSigma), detection.Time);
    }

    private void Manage(DateTimeOffset time)
    {
        var deleted = new List<Track>();
        foreach (var track in _tracks)
        {
            var silent = time - track.LastUpdate;
            switch (track.Status)
            {
                case TrackStatus.Tentative when silent > _options.TentativeTimeout || time - track.Started > _options.ConfirmationWindow:
                case TrackStatus.Coasting when silent > _options.DeleteAfter:
                    track.Status = TrackStatus.Deleted;
                    deleted.Add(track);
                    break;
                case TrackStatus.Confirmed when silent > _options.CoastAfter:
                    track.Status = TrackStatus.Coasting;
                    break;
                default:
                    break;
            }
        }

        _tracks.RemoveAll(t => t.Status == TrackStatus.Deleted);
        Deleted = deleted;
    }

    private static double Speed(GaussianState state) => Math.Sqrt((state.Mean[1, 0] * state.Mean[1, 0]) + (state.Mean[3, 0] * state.Mean[3, 0]));

    // Cost: the pair's negative log-likelihood up to a constant, NIS + ln det S, so that a tight track beats a loose one.
    private sealed record GatedPair(int Track, int Detection, KalmanUpdate Update, double Cost);
}
