using Entente.Tracking.Tracks;

namespace Entente.Tracking.Deleters;

/// <summary>Decides when a track coasts and when it ends. (Tentative tracks that were never confirmed in time are the
/// initiator's to end.)</summary>
public interface IDeleter
{
    /// <summary>The status a track should have at a time.</summary>
    /// <param name="track">The track.</param>
    /// <param name="time">The step's time.</param>
    /// <returns>Its new status (<see cref="TrackStatus.Deleted"/> to end it).</returns>
    TrackStatus Review(Track track, DateTimeOffset time);
}
