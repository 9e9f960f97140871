using Entente.Core.Detections;
using Entente.Tracking.Output;

namespace Entente.Rules.Situation;

/// <summary>
/// What the rules see at one instant: the tracker's picture carried to that instant, and the detections that are not
/// plots (beach sensor events, aerial sightings, distress reports) received since the previous frame.
/// </summary>
/// <remarks>Immutable; frames come in time order.</remarks>
public sealed record SituationFrame
{
    /// <summary>Creates a frame.</summary>
    /// <param name="time">The instant.</param>
    /// <param name="tracks">The live tracks at that instant.</param>
    /// <param name="detections">Ground, aerial and report detections received since the previous frame, in time order.</param>
    public SituationFrame(DateTimeOffset time, IReadOnlyList<TrackReport> tracks, IReadOnlyList<DetectionRecord> detections)
    {
        Time = time;
        Tracks = tracks ?? throw new ArgumentNullException(nameof(tracks));
        Detections = detections ?? throw new ArgumentNullException(nameof(detections));
    }

    /// <summary>The instant.</summary>
    public DateTimeOffset Time { get; }

    /// <summary>The live tracks (tentative, confirmed and coasting) at <see cref="Time"/>.</summary>
    public IReadOnlyList<TrackReport> Tracks { get; }

    /// <summary>Ground, aerial and report detections received since the previous frame, in time order.</summary>
    public IReadOnlyList<DetectionRecord> Detections { get; }
}
