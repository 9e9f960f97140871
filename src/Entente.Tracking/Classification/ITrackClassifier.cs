using Entente.Tracking.Tracks;

namespace Entente.Tracking.Classification;

/// <summary>Says what a track is: a vessel with AIS, a small boat without it, or not known.</summary>
public interface ITrackClassifier
{
    /// <summary>Sets the track's <see cref="Track.Class"/> and <see cref="Track.ClassConfidence"/> from what it has seen.</summary>
    /// <param name="track">The track.</param>
    /// <param name="time">The step's time.</param>
    void Classify(Track track, DateTimeOffset time);
}
