using Entente.Ais.Decoding;
using Entente.Core.Detections;
using Entente.Core.Projection;
using Entente.Geo.Geography;
using Entente.Simulation.Engine;
using Entente.Simulation.Output;
using Entente.Simulation.Scenarios;
using Entente.Tracking.Detections;
using Entente.Tracking.Metrics;

namespace Entente.Benchmarks.Tracking;

/// <summary>
/// A window of the built-in <c>busy-night</c> scenario, simulated once and held in memory as the tracker sees it:
/// detections through <see cref="DetectionConverter"/>, AIS lines through <see cref="AisDecoder"/> and
/// <see cref="AisDetectionConverter"/> (timed by the tag block's <c>c:</c> field), in the order the simulator gives
/// them, as <c>SimulatedTracking</c> feeds them. For scoring, it also keeps the truth at each truth instant (objects at
/// sea only, as <c>entente track eval</c> reads truth.jsonl) and the radar plots that name their truth.
/// </summary>
public sealed class BusyNightRecording : ISimulationSink
{
    private readonly DetectionConverter _detections = new();
    private readonly AisDecoder _decoder = new();
    private readonly AisDetectionConverter _ais = new();
    private readonly List<TrackerDetection> _fed = [];
    private readonly List<TruthFrame> _frames = [];
    private readonly List<TruthPoint> _truth = [];
    private readonly List<(int Index, DateTimeOffset Time, string TruthId)> _plots = [];
    private DateTimeOffset? _truthTime;

    private BusyNightRecording(Scenario scenario)
    {
        Scenario = scenario;
    }

    /// <summary>The scenario as simulated (the window).</summary>
    public Scenario Scenario { get; }

    /// <summary>Everything the tracker is fed, in order.</summary>
    public IReadOnlyList<TrackerDetection> Detections => _fed;

    /// <summary>The truth at each truth instant, with how many detections precede it.</summary>
    public IReadOnlyList<TruthFrame> Frames => _frames;

    /// <summary>Radar plots of a truth, with how many detections precede them (for the evaluator's coverage).</summary>
    public IReadOnlyList<(int Index, DateTimeOffset Time, string TruthId)> Plots => _plots;

    /// <summary>Detection records converted, by kind.</summary>
    public Dictionary<DetectionKind, long> RecordsByKind { get; } = [];

    /// <summary>AIS lines the simulator wrote.</summary>
    public long AisLines { get; private set; }

    /// <summary>AIS position reports turned into detections (after duplicates from a second receiver are dropped).</summary>
    public long AisReports => _ais.Reports;

    /// <summary>AIS position reports dropped as another receiver's copy.</summary>
    public long AisDuplicates => _ais.Duplicates;

    /// <summary>Simulates the first <paramref name="window"/> of <c>busy-night</c> and records it.</summary>
    /// <param name="window">How much of the 12 hours, from their start.</param>
    /// <returns>The recording.</returns>
    public static BusyNightRecording Record(TimeSpan window)
    {
        var scenario = BuiltInScenarios.Get("busy-night").WithDuration(window);
        var recording = new BusyNightRecording(scenario);
        new Simulator(scenario, ChannelGeography.LoadDefault(), recording).Run();
        recording.EndFrame();
        return recording;
    }

    /// <inheritdoc />
    public void Truth(TruthRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_truthTime is { } time && time != record.Time)
        {
            EndFrame();
        }

        _truthTime = record.Time;
        if (ClassOf(record) is { } truthClass && ChannelProjection.TryProject(record.Position, out _))
        {
            _truth.Add(new TruthPoint(record.Id, truthClass, record.Position, truthClass == TruthClass.VesselWithAis ? record.Mmsi : null));
        }
    }

    /// <inheritdoc />
    public void Detection(DetectionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        RecordsByKind[record.Kind] = RecordsByKind.GetValueOrDefault(record.Kind) + 1;
        if (record.Kind == DetectionKind.Radar && !string.IsNullOrWhiteSpace(record.TruthId))
        {
            _plots.Add((_fed.Count, record.Time, record.TruthId));
        }

        _fed.Add(_detections.Convert(record));
    }

    /// <inheritdoc />
    public void Ais(DateTimeOffset time, string line)
    {
        AisLines++;
        if (_ais.Convert(_decoder.Decode(line), time) is { } detection)
        {
            _fed.Add(detection);
        }
    }

    /// <inheritdoc />
    public void StepCompleted(DateTimeOffset time) => EndFrame();

    // The truth classes as `entente track eval` reads them.
    private static TruthClass? ClassOf(TruthRecord record) =>
        TruthClasses.FromTruth(TruthRecordJson.KindName(record.Kind), TruthRecordJson.StateName(record.State), record.Mmsi is not null);

    private void EndFrame()
    {
        if (_truthTime is { } time)
        {
            _frames.Add(new TruthFrame(_fed.Count, time, [.. _truth]));
            _truth.Clear();
            _truthTime = null;
        }
    }
}
