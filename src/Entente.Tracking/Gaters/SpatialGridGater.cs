using Entente.Tracking.Detections;
using Entente.Tracking.Tracks;

namespace Entente.Tracking.Gaters;

/// <summary>
/// Finds candidate pairs through a uniform grid over the projection: each step the tracks are filed by where they will
/// be at the batch's middle instant, in square cells the size of the coarse gate, and each detection looks only in the
/// cells its reach can touch (widened by how far the fastest track moves between the middle instant and the
/// detection's). The work per detection depends on how crowded its neighbourhood is, not on the size of the picture.
/// </summary>
/// <remarks>Not thread-safe: it reuses its buffers between steps.</remarks>
public sealed class SpatialGridGater : ICandidateGater
{
    private readonly Dictionary<(long X, long Y), List<int>> _cells = [];
    private readonly Stack<List<int>> _spare = new();

    /// <summary>Creates the gater.</summary>
    /// <param name="options">Its settings; defaults when null.</param>
    public SpatialGridGater(DistanceGateOptions? options = null)
    {
        Options = options ?? new DistanceGateOptions();
        Options.Validate();
    }

    /// <summary>The settings.</summary>
    public DistanceGateOptions Options { get; }

    /// <inheritdoc />
    public void Candidates(IReadOnlyList<Track> tracks, IReadOnlyList<TrackerDetection> detections, Func<Track, bool> include, List<(int Track, int Detection)> candidates)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        ArgumentNullException.ThrowIfNull(detections);
        ArgumentNullException.ThrowIfNull(include);
        ArgumentNullException.ThrowIfNull(candidates);
        if (detections.Count == 0 || tracks.Count == 0)
        {
            return;
        }

        var first = detections[0].Time;
        var last = first;
        foreach (var d in detections)
        {
            first = d.Time < first ? d.Time : first;
            last = d.Time > last ? d.Time : last;
        }

        var middle = first + ((last - first) / 2);
        var cell = Options.CoarseGateMetres;
        var fastest = File(tracks, include, middle, cell);
        for (var d = 0; d < detections.Count; d++)
        {
            var detection = detections[d];
            var reach = Options.ReachMetres(detection.SigmaMetres);
            var search = reach + (fastest * Math.Abs((detection.Time - middle).TotalSeconds));
            var span = (long)Math.Ceiling(search / cell);
            var cx = CellOf(detection.Position.EastingMetres, cell);
            var cy = CellOf(detection.Position.NorthingMetres, cell);
            for (var x = cx - span; x <= cx + span; x++)
            {
                for (var y = cy - span; y <= cy + span; y++)
                {
                    if (!_cells.TryGetValue((x, y), out var members))
                    {
                        continue;
                    }

                    foreach (var t in members)
                    {
                        if (TrackReach.Within(tracks[t], detection, reach))
                        {
                            candidates.Add((t, d));
                        }
                    }
                }
            }
        }
    }

    // Files the included tracks by their position at the instant; returns the fastest one's speed, m/s.
    private double File(IReadOnlyList<Track> tracks, Func<Track, bool> include, DateTimeOffset instant, double cell)
    {
        foreach (var list in _cells.Values)
        {
            list.Clear();
            _spare.Push(list);
        }

        _cells.Clear();
        var fastest = 0.0;
        for (var t = 0; t < tracks.Count; t++)
        {
            if (!include(tracks[t]))
            {
                continue;
            }

            var state = tracks[t].Estimate;
            var dt = (instant - state.Time).TotalSeconds;
            var key = (CellOf(state.Mean[0, 0] + (state.Mean[1, 0] * dt), cell), CellOf(state.Mean[2, 0] + (state.Mean[3, 0] * dt), cell));
            if (!_cells.TryGetValue(key, out var members))
            {
                members = _spare.Count > 0 ? _spare.Pop() : [];
                _cells.Add(key, members);
            }

            members.Add(t);
            fastest = Math.Max(fastest, state.SpeedMetresPerSecond);
        }

        return fastest;
    }

    private static long CellOf(double metres, double cell) => (long)Math.Floor(metres / cell);
}
