using Entente.Tracking.Detections;
using Entente.Tracking.Tracks;
using Entente.Tracking.Types;

namespace Entente.Tracking.Initiators;

/// <summary>Starts tracks from detections no track took, and says when a tentative track has earned confirmation.</summary>
public interface IInitiator
{
    /// <summary>The first estimate from one detection.</summary>
    /// <param name="detection">The detection.</param>
    /// <returns>A Gaussian at the detection's time.</returns>
    GaussianState Start(TrackerDetection detection);

    /// <summary>Whether a tentative track, just updated, is now confirmed.</summary>
    /// <param name="track">The track.</param>
    /// <returns>True to confirm it.</returns>
    bool Confirms(Track track);

    /// <summary>Whether a tentative track has run out of time to be confirmed.</summary>
    /// <param name="track">The track.</param>
    /// <param name="time">The step's time.</param>
    /// <returns>True to delete it.</returns>
    bool HasExpired(Track track, DateTimeOffset time);
}
