using Entente.Core.Detections;
using Entente.Picture.Pipeline;
using Entente.Simulation.Output;

namespace Entente.Testing.Situation;

/// <summary>
/// Feeds a running simulation through the whole <see cref="PicturePipeline"/> (tracking, rules, incidents) in memory,
/// handing each update, each truth record and each detection record to callbacks, so that whole nights are tested
/// without files.
/// </summary>
/// <remarks>Not thread-safe: the simulator's thread drives it. Truth goes only to the callback, never to the pipeline.</remarks>
public sealed class SimulatedPicture : ISimulationSink
{
    private readonly PicturePipeline _pipeline;
    private readonly Action<PictureUpdate> _update;
    private readonly Action<TruthRecord>? _truth;
    private readonly Action<DetectionRecord>? _detection;

    /// <summary>Creates the sink.</summary>
    /// <param name="pipeline">The pipeline to drive.</param>
    /// <param name="update">Called with each frame's update, in time order.</param>
    /// <param name="truth">Called with each truth record, optional (for scoring only).</param>
    /// <param name="detection">Called with each detection record, optional (for scoring only).</param>
    public SimulatedPicture(PicturePipeline pipeline, Action<PictureUpdate> update, Action<TruthRecord>? truth = null,
        Action<DetectionRecord>? detection = null)
    {
        _pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));
        _update = update ?? throw new ArgumentNullException(nameof(update));
        _truth = truth;
        _detection = detection;
    }

    /// <inheritdoc />
    public void Truth(TruthRecord record) => _truth?.Invoke(record);

    /// <inheritdoc />
    public void Detection(DetectionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _detection?.Invoke(record);
        Emit(_pipeline.Add(record));
    }

    /// <inheritdoc />
    public void Ais(DateTimeOffset time, string line) => Emit(_pipeline.AddAis(time, line));

    /// <inheritdoc />
    public void StepCompleted(DateTimeOffset time) => Emit(_pipeline.AdvanceTo(time));

    private void Emit(IReadOnlyList<PictureUpdate> updates)
    {
        foreach (var update in updates)
        {
            _update(update);
        }
    }
}
