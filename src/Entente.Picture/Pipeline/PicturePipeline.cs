using Entente.Ais.Decoding;
using Entente.Core.Detections;
using Entente.Geo.Geography;
using Entente.Incidents.Assets;
using Entente.Incidents.Coordination;
using Entente.Incidents.Outcomes;
using Entente.Picture.WatchFloor;
using Entente.Rules.Alerts;
using Entente.Rules.Situation;
using Entente.Tracking.Detections;
using Entente.Tracking.Pipeline;

namespace Entente.Picture.Pipeline;

/// <summary>
/// The whole pipeline after the sensors: records and AIS lines in, time-ordered; at each frame, tracking, then the
/// situation rules (alerts), then the incidents stage, then the outcome reports (and, in a replay, simulated watch
/// officers); out, one <see cref="PictureUpdate"/> per frame. The server runs
/// it on its live feed and <c>entente replay</c> runs it on a recording, alike.
/// </summary>
/// <remarks>Not thread-safe: one thread feeds it; the owner serialises people's actions on alerts and incidents with it.</remarks>
public sealed class PicturePipeline
{
    private readonly AisDecoder _decoder = new();
    private readonly AisDetectionConverter _ais = new();

    /// <summary>Creates the pipeline.</summary>
    /// <param name="geography">The Channel geography.</param>
    /// <param name="options">How it is put together; the standard pipeline when null.</param>
    public PicturePipeline(ChannelGeography geography, PicturePipelineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(geography);
        Options = options ?? new PicturePipelineOptions();
        Feed = new SituationFeed(TrackingPipeline.Build(Options.Tracking), Options.FrameInterval);
        Monitor = new SituationMonitor(geography, book: new AlertBook(Options.Alerts, Options.FirstAlertNumber), current: Options.Current);
        Incidents = new IncidentCoordinator(Monitor.Context, Monitor.Book, Options.Current, Options.Incidents, Options.FirstIncidentNumber);
        Outcomes = new OutcomeRecorder(Monitor.Context, () => Incidents.Incidents, Options.Outcomes with
        {
            FirstNumber = Math.Max(Options.Outcomes.FirstNumber, Options.FirstOutcomeNumber),
        });
        WatchFloor = Options.WatchFloor.Active
            ? new SimulatedWatchFloor(Options.WatchFloor, Monitor.Book, Incidents, Monitor.Context, ChannelAssets.Create(geography))
            : null;
    }

    /// <summary>How it is put together.</summary>
    public PicturePipelineOptions Options { get; }

    /// <summary>Tracking and framing.</summary>
    public SituationFeed Feed { get; }

    /// <summary>The rules and the alert book.</summary>
    public SituationMonitor Monitor { get; }

    /// <summary>The incidents stage.</summary>
    public IncidentCoordinator Incidents { get; }

    /// <summary>The outcome reports: boats prevented, intercepted, rescued and landed.</summary>
    public OutcomeRecorder Outcomes { get; }

    /// <summary>The simulated watch officers of a replay, when configured; null otherwise.</summary>
    public SimulatedWatchFloor? WatchFloor { get; }

    /// <summary>The latest frame, once there is one.</summary>
    public SituationFrame? LatestFrame { get; private set; }

    /// <summary>AIS lines taken in.</summary>
    public long AisLines { get; private set; }

    /// <summary>AIS lines that gave no usable position report (other messages, bad lines, fragments awaiting the rest).</summary>
    public long AisLinesUnused { get; private set; }

    /// <summary>Takes in a sensor record.</summary>
    /// <param name="record">The record, roughly in time order.</param>
    /// <returns>The updates of the frames it completed (often none).</returns>
    public IReadOnlyList<PictureUpdate> Add(DetectionRecord record) => Run(Feed.Add(record));

    /// <summary>Takes in an AIS line received at a time.</summary>
    /// <param name="time">When it was received (or its tag block's time).</param>
    /// <param name="line">The NMEA line.</param>
    /// <returns>The updates of the frames it completed.</returns>
    public IReadOnlyList<PictureUpdate> AddAis(DateTimeOffset time, string line)
    {
        AisLines++;
        if (_ais.Convert(_decoder.Decode(line), time) is { } detection)
        {
            return Run(Feed.Add(detection));
        }

        AisLinesUnused++;
        return Run(Feed.AdvanceTo(time));
    }

    /// <summary>Takes in an AIS detection already decoded and converted.</summary>
    /// <param name="detection">The detection.</param>
    /// <returns>The updates of the frames it completed.</returns>
    public IReadOnlyList<PictureUpdate> Add(TrackerDetection detection) => Run(Feed.Add(detection));

    /// <summary>Lets time pass with no data (a quiet feed still ages alerts and drifts datums).</summary>
    /// <param name="time">The time reached.</param>
    /// <returns>The updates of the frames due.</returns>
    public IReadOnlyList<PictureUpdate> AdvanceTo(DateTimeOffset time) => Run(Feed.AdvanceTo(time));

    private List<PictureUpdate> Run(IReadOnlyList<SituationFrame> frames)
    {
        var updates = new List<PictureUpdate>(frames.Count);
        foreach (var frame in frames)
        {
            var alerts = Monitor.Observe(frame);
            var (events, incidentAlerts) = Incidents.Observe(frame, alerts, Monitor.Distress?.LastChanges);
            var (outcomes, outcomeEvents) = Outcomes.Observe(frame);
            var (acted, actedEvents) = WatchFloor?.Act(frame.Time) ?? ([], []);
            updates.Add(new PictureUpdate(frame, Join(alerts, incidentAlerts, acted), Join(events, outcomeEvents, actedEvents)) { Outcomes = outcomes });
            LatestFrame = frame;
        }

        return updates;
    }

    private static IReadOnlyList<T> Join<T>(IReadOnlyList<T> first, IReadOnlyList<T> second, IReadOnlyList<T> third) =>
        second.Count == 0 && third.Count == 0 ? first : [.. first, .. second, .. third];
}
