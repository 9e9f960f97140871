using Entente.Tracking.Detections;
using Entente.Tracking.Tracks;

namespace Entente.Tracking.Gaters;

/// <summary>
/// The cheap first gate: which track–detection pairs are near enough to be worth a filter update. It must never drop
/// a pair within its distance; it may pass a few beyond it.
/// </summary>
public interface ICandidateGater
{
    /// <summary>Finds the candidate pairs of a step.</summary>
    /// <param name="tracks">The tracks (indexes refer to this list).</param>
    /// <param name="detections">The step's detections (indexes refer to this list).</param>
    /// <param name="include">Which tracks take part.</param>
    /// <param name="candidates">Filled with (track, detection) index pairs.</param>
    void Candidates(IReadOnlyList<Track> tracks, IReadOnlyList<TrackerDetection> detections, Func<Track, bool> include, List<(int Track, int Detection)> candidates);
}
