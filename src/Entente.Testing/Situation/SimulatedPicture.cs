using Entente.Core.Detections;
using Entente.Picture.Pipeline;
using Entente.Simulation.Output;
using Entente.Tracking.Detections;

namespace Entente.Testing.Situation;

/// <summary>Feeds a running simulation through the whole <see cref="PicturePipeline"/> (tracking, rules, incidents) in
/// memory, handing each frame's update to a callback, so that whole nights are tested without files.</summary>
/// <param name="pipeline">The pipeline to drive.</param>
/// <param name="update">Called with each frame's update, in time order.</param>
/// <param name="truth">Called with each truth record, optional (for scoring only).</param>
/// <param name="detection">Called with each detection record, optional (for scoring only).</param>
public sealed class SimulatedPicture(PicturePipeline pipeline, Action<PictureUpdate> update, Action<TruthRecord>? truth = null,
    Action<DetectionRecord>? detection = null) : SimulatedFeedSink<PictureUpdate>(update, truth, detection)
{
    /// <inheritdoc />
    protected override IReadOnlyList<PictureUpdate> Add(DetectionRecord record) => pipeline.Add(record);

    /// <inheritdoc />
    protected override IReadOnlyList<PictureUpdate> Add(TrackerDetection detection) => pipeline.Add(detection);

    /// <inheritdoc />
    protected override IReadOnlyList<PictureUpdate> AdvanceTo(DateTimeOffset time) => pipeline.AdvanceTo(time);
}
