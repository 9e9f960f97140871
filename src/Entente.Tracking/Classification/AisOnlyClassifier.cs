using Entente.Tracking.Tracks;

namespace Entente.Tracking.Classification;

/// <summary>Classes a track by AIS alone: a vessel when it carries an MMSI, otherwise unknown. The baseline that
/// <see cref="EvidenceClassifier"/> must beat.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public sealed class AisOnlyClassifier : ITrackClassifier
{
    /// <inheritdoc />
    public void Classify(Track track, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(track);
        (track.Class, track.ClassConfidence) = track.Mmsi is null ? (TrackClass.Unknown, 0.5) : (TrackClass.VesselWithAis, 0.95);
    }
}
