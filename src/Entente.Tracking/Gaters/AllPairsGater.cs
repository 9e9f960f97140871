using Entente.Tracking.Detections;
using Entente.Tracking.Tracks;

namespace Entente.Tracking.Gaters;

/// <summary>Tests every track against every detection by distance: quadratic, kept as the reference that
/// <see cref="SpatialGridGater"/> must agree with, and for small pictures.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class AllPairsGater : ICandidateGater
{
    /// <summary>Creates the gater.</summary>
    /// <param name="options">Its settings; defaults when null.</param>
    public AllPairsGater(DistanceGateOptions? options = null)
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
        for (var t = 0; t < tracks.Count; t++)
        {
            if (!include(tracks[t]))
            {
                continue;
            }

            for (var d = 0; d < detections.Count; d++)
            {
                if (TrackReach.Within(tracks[t], detections[d], Options.ReachMetres(detections[d].SigmaMetres)))
                {
                    candidates.Add((t, d));
                }
            }
        }
    }
}
