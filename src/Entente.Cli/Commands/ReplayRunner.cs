using Entente.Geo.Geography;
using Entente.Rules.Alerts;
using Entente.Rules.Environment;
using Entente.Rules.Situation;
using Entente.Tracking.Pipeline;

namespace Entente.Cli.Commands;

/// <summary>
/// The loop of <c>entente replay</c>: a recording read in time order (<see cref="RecordingReader"/>) goes through the
/// standard tracker into situation frames (<see cref="SituationFeed"/>); each frame goes through the standard rules
/// (<see cref="SituationMonitor"/>), and then, with the alert changes the rules made, to every stage in turn. As fast as
/// the machine goes: nothing waits for the clock, and the frame times are the recording's.
/// </summary>
internal sealed class ReplayRunner
{
    private readonly SituationFeed _feed;
    private readonly SituationMonitor _monitor;
    private readonly IReadOnlyList<IReplayStage> _stages;
    private readonly Dictionary<AlertType, int> _raised = [];

    public ReplayRunner(ChannelGeography geography, ISeaCurrent current, TimeSpan frameInterval, IReadOnlyList<IReplayStage> stages, TextWriter errors)
    {
        _feed = new SituationFeed(TrackingPipeline.Build(new TrackingPipelineOptions()), frameInterval);
        _monitor = new SituationMonitor(geography, current: current);
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

    public void Run(TextReader? detections, TextReader? ais, CancellationToken cancellationToken)
    {
        foreach (var item in Recording.Read(detections, ais, cancellationToken))
        {
            Observe(item.Record is { } record ? _feed.Add(record) : _feed.Add(item.Ais!));
        }

        // One frame more, at the next boundary, so that the rules also see what came after the last full frame.
        if (Recording.LastTime is { } last)
        {
            Observe(_feed.AdvanceTo(last + _feed.FrameInterval));
        }

        foreach (var stage in _stages)
        {
            stage.Complete();
        }
    }

    private void Observe(IReadOnlyList<SituationFrame> frames)
    {
        foreach (var frame in frames)
        {
            var changes = _monitor.Observe(frame);
            foreach (var change in changes)
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
                stage.Observe(frame, changes);
            }

            Frames++;
            LastFrame = frame.Time;
        }
    }
}
