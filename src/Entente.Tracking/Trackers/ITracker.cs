using System.Diagnostics.CodeAnalysis;
using Entente.Tracking.Detections;
using Entente.Tracking.Tracks;

namespace Entente.Tracking.Trackers;

/// <summary>A tracker fed by pushing batches of detections: live ingest, replay and the simulator all call
/// <see cref="Step"/> alike.</summary>
public interface ITracker
{
    /// <summary>The live tracks (tentative, confirmed and coasting).</summary>
    IReadOnlyList<Track> Tracks { get; }

    /// <summary>Processes one batch of detections and manages tracks up to a time.</summary>
    /// <param name="time">The time the batch ends; steps come in time order.</param>
    /// <param name="detections">The batch: one sensor's detections over a short interval (a detection may be older
    /// than earlier batches, within the out-of-sequence window).</param>
    [SuppressMessage("Naming", "CA1716", Justification = "Step is the tracking literature's name for one cycle; Entente has no Visual Basic callers.")]
    void Step(DateTimeOffset time, IReadOnlyList<TrackerDetection> detections);
}
