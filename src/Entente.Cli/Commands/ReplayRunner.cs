using Entente.Core.Detections;
using Entente.Geo.Geography;
using Entente.Rules.Alerts;
using Entente.Rules.Environment;
using Entente.Sar.Forcing;
using Entente.Incidents.Coordination;
using Entente.Picture.Pipeline;
using Entente.Picture.WatchFloor;

namespace Entente.Cli.Commands;

/// <summary>
/// The loop of <c>entente replay</c>: a recording read in time order (<see cref="RecordingReader"/>) goes through the
/// picture's pipeline (<see cref="PicturePipeline"/>: the standard tracker, situation frames, the standard rules, the
/// incidents stage), and each frame's update to every stage in turn. As fast as the machine goes: nothing waits for the
/// clock, and the frame times are the recording's.
/// </summary>
internal sealed class ReplayRunner
{
    private readonly PicturePipeline _pipeline;
    private readonly IReadOnlyList<IReplayStage> _stages;
    private readonly Dictionary<AlertType, int> _raised = [];
    private readonly Dictionary<BoatOutcome, int> _outcomes = [];

    public ReplayRunner(ChannelGeography geography, ISeaCurrent current, IVectorField? wind, TimeSpan frameInterval, TimeSpan? simulatedAcceptance,
        SimulatedWatchFloorOptions watchFloor, IReadOnlyList<IReplayStage> stages, TextWriter errors)
    {
        _pipeline = new PicturePipeline(geography, new PicturePipelineOptions
        {
            FrameInterval = frameInterval,
            Current = current,
            Incidents = new IncidentCoordinatorOptions { SimulatedAcceptanceAfter = simulatedAcceptance, Wind = wind },
            WatchFloor = watchFloor,
        });
        _stages = stages;
        Recording = new RecordingReader(errors);
    }

    /// <summary>The reader, with its counts of lines and messages.</summary>
    public RecordingReader Recording { get; }

    public long Frames { get; private set; }

    /// <summary>The time of the last frame the rules ran on.</summary>
    public DateTimeOffset? LastFrame { get; private set; }

    /// <summary>Alerts raised, by type.</summary>
    public IReadOnlyDictionary<AlertType, int> Raised => _raised;

    public long Escalations { get; private set; }

    /// <summary>Incidents opened.</summary>
    public int Incidents => _pipeline.Incidents.Incidents.Count;

    /// <summary>Outcome reports recorded, by outcome.</summary>
    public IReadOnlyDictionary<BoatOutcome, int> Outcomes => _outcomes;

    /// <summary>Incident events recorded.</summary>
    public long IncidentEvents { get; private set; }

    public void Run(TextReader? detections, TextReader? ais, CancellationToken cancellationToken)
    {
        foreach (var item in Recording.Read(detections, ais, cancellationToken))
        {
            Observe(item.Record is { } record ? _pipeline.Add(record) : _pipeline.Add(item.Ais!));
        }

        // One frame more, at the next boundary, so that the rules also see what came after the last full frame.
        if (Recording.LastTime is { } last)
        {
            Observe(_pipeline.AdvanceTo(last + _pipeline.Feed.FrameInterval));
        }

        foreach (var stage in _stages)
        {
            stage.Complete();
        }
    }

    private void Observe(IReadOnlyList<PictureUpdate> updates)
    {
        foreach (var update in updates)
        {
            foreach (var change in update.Alerts)
            {
                if (change.Kind == AlertChangeKind.Raised)
                {
                    _raised[change.Alert.Type] = _raised.GetValueOrDefault(change.Alert.Type) + 1;
                }
                else if (change.Kind == AlertChangeKind.Escalated)
                {
                    Escalations++;
                }
            }

            foreach (var stage in _stages)
            {
                stage.Observe(update);
            }

            foreach (var report in update.Outcomes)
            {
                _outcomes[report.Outcome] = _outcomes.GetValueOrDefault(report.Outcome) + 1;
            }

            IncidentEvents += update.Events.Count;
            Frames++;
            LastFrame = update.Frame.Time;
        }
    }
}
