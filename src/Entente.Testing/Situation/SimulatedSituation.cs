using Entente.Core.Detections;
using Entente.Rules.Situation;
using Entente.Simulation.Output;
using Entente.Tracking.Detections;

namespace Entente.Testing.Situation;

/// <summary>Feeds a running simulation into a <see cref="SituationFeed"/> (tracking and framing only), handing each frame
/// to a callback, so that rules are tested over whole nights without files.</summary>
/// <param name="feed">The feed (and through it the tracker) to drive.</param>
/// <param name="frame">Called with each frame, in time order.</param>
/// <param name="truth">Called with each truth record, optional (for scoring only).</param>
/// <param name="detection">Called with each detection record, optional (for scoring only).</param>
public sealed class SimulatedSituation(SituationFeed feed, Action<SituationFrame> frame, Action<TruthRecord>? truth = null,
    Action<DetectionRecord>? detection = null) : SimulatedFeedSink<SituationFrame>(frame, truth, detection)
{
    /// <inheritdoc />
    protected override IReadOnlyList<SituationFrame> Add(DetectionRecord record) => feed.Add(record);

    /// <inheritdoc />
    protected override IReadOnlyList<SituationFrame> Add(TrackerDetection detection) => feed.Add(detection);

    /// <inheritdoc />
    protected override IReadOnlyList<SituationFrame> AdvanceTo(DateTimeOffset time) => feed.AdvanceTo(time);
}
