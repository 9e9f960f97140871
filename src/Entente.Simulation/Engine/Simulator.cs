using Entente.Geo.Geography;
using Entente.Simulation.Conditions;
using Entente.Simulation.Output;
using Entente.Simulation.Scenarios;
using Entente.Simulation.Sensors;
using Entente.Simulation.World;

namespace Entente.Simulation.Engine;

/// <summary>
/// Runs a scenario one fixed step at a time. Each step: traffic arrives and boats launch; every object decides its
/// state and velocity; sensors observe the step; truth is recorded on its interval; objects move.
/// </summary>
/// <remarks>Not thread-safe: one thread steps it. Simulated time comes from the scenario, never from a clock.</remarks>
public sealed class Simulator
{
    private readonly SimulationWorld _world;
    private readonly ISimulationSink _sink;
    private readonly IReadOnlyList<IWorldProcess> _processes;
    private readonly IReadOnlyList<ISensorModel> _sensors;
    private readonly StepOutput _output = new();
    private readonly long _stepTicks;
    private readonly long _stepCount;
    private readonly long _truthEvery;
    private long _stepIndex;
    private long _truthRecords;

    /// <summary>Builds the world of a scenario, ready to step.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="geography">The Channel geography (beaches, landings, stations, radar sites).</param>
    /// <param name="sink">Where outputs go.</param>
    /// <exception cref="ScenarioException">The scenario names a place the geography does not have.</exception>
    public Simulator(Scenario scenario, ChannelGeography geography, ISimulationSink sink)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(geography);
        ArgumentNullException.ThrowIfNull(sink);
        Scenario = scenario;
        _sink = sink;
        var d = scenario.Document;
        var environment = new SeaEnvironment(d.Environment.WindSpeedKnots, d.Environment.WindFromDegrees, d.Environment.VisibilityNauticalMiles,
            d.Environment.SeaState, scenario.Tide);
        _world = new SimulationWorld(scenario, geography, environment);
        _stepTicks = TimeSpan.FromSeconds(d.StepSeconds).Ticks;
        _stepCount = (long)Math.Ceiling(scenario.Duration.Ticks / (double)_stepTicks);
        _truthEvery = (long)Math.Round(d.TruthIntervalSeconds / d.StepSeconds);
        var processes = new List<IWorldProcess>();
        TrafficFactory.Build(_world, processes);
        CrossingFactory.Build(_world, processes);
        _processes = processes;
        _sensors = SensorFactory.Build(_world);
    }

    /// <summary>The scenario being run.</summary>
    public Scenario Scenario { get; }

    /// <summary>Where the scenario's sensors are and how far each reaches.</summary>
    public IReadOnlyList<SensorSite> SensorSites => [.. _sensors.SelectMany(s => s.Sites)];

    /// <summary>The simulated time reached: the start of the next step.</summary>
    public DateTimeOffset Time => _world.Time;

    /// <summary>True once the whole window has been simulated.</summary>
    public bool IsFinished => _stepIndex >= _stepCount;

    /// <summary>The share of the window simulated, 0 to 1.</summary>
    public double Progress => _stepCount == 0 ? 1 : (double)_stepIndex / _stepCount;

    /// <summary>What has been produced so far.</summary>
    public SimulationSummary Summary
    {
        get
        {
            var tally = _world.Tally;
            return new SimulationSummary
            {
                Time = Time,
                TruthRecords = _truthRecords,
                Detections = _output.DetectionCount,
                AisLines = _output.AisLineCount,
                BoatsLaunched = tally.BoatsLaunched,
                LaunchesPrevented = tally.LaunchesPrevented,
                BoatsLanded = tally.BoatsLanded,
                BoatsRescued = tally.BoatsRescued,
                BoatsIntercepted = tally.BoatsIntercepted,
                PeopleAtSea = tally.PeopleAtSea,
                PeopleLanded = tally.PeopleLanded,
                PeopleTakenAboard = tally.PeopleTakenAboard,
                Capsizes = tally.Capsizes,
            };
        }
    }

    /// <summary>Simulates one step; does nothing once finished.</summary>
    public void Step() => Step(sense: true);

    /// <summary>Moves the night on to a time without sensing anything: ships sail and boats launch, drift and land as
    /// they would, but no sensor observes and nothing is written. For starting a live night part-way through.</summary>
    /// <param name="time">The time to reach.</param>
    /// <param name="cancellationToken">Stops between steps.</param>
    public void SkipTo(DateTimeOffset time, CancellationToken cancellationToken = default)
    {
        while (!IsFinished && _world.Time < time)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Step(sense: false);
        }
    }

    private void Step(bool sense)
    {
        if (IsFinished)
        {
            return;
        }

        foreach (var process in _processes)
        {
            process.BeforeStep(_world);
        }

        _world.Commit();
        var objects = _world.Objects;
        for (var i = 0; i < objects.Count; i++)
        {
            if (!objects[i].Removed)
            {
                objects[i].Behaviour?.Steer(objects[i], _world);
            }
        }

        if (sense)
        {
            foreach (var sensor in _sensors)
            {
                sensor.Observe(_world, _output);
            }

            if (_stepIndex % _truthEvery == 0)
            {
                WriteTruth();
            }

            _output.Flush(_sink);
        }

        var seconds = _world.StepSeconds;
        for (var i = 0; i < objects.Count; i++)
        {
            if (!objects[i].Removed)
            {
                objects[i].Move(seconds);
            }
        }

        _stepIndex++;
        _world.Time = Scenario.Start + TimeSpan.FromTicks(_stepTicks * _stepIndex);
        if (sense)
        {
            _sink.StepCompleted(_world.Time);
        }
    }

    /// <summary>Simulates to the end of the window.</summary>
    /// <param name="progress">Told the share done (0 to 1) about a hundred times over the run.</param>
    /// <param name="cancellationToken">Stops between steps.</param>
    public void Run(IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var every = Math.Max(1, _stepCount / 100);
        while (!IsFinished)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Step();
            if (progress is not null && (_stepIndex % every == 0 || IsFinished))
            {
                progress.Report(Progress);
            }
        }
    }

    /// <summary>Simulates up to (not beyond) a time.</summary>
    /// <param name="time">The time to reach.</param>
    public void RunUntil(DateTimeOffset time)
    {
        while (!IsFinished && _world.Time < time)
        {
            Step();
        }
    }

    private void WriteTruth()
    {
        foreach (var o in _world.Objects)
        {
            if (o.RemovedReported)
            {
                continue;
            }

            var (position, speed, course) = o.Report();
            _sink.Truth(new TruthRecord(_world.Time, o.Id, o.Kind, position, speed, course, o.People, o.State, o.Mmsi, o.Name));
            _truthRecords++;
            if (o.Removed)
            {
                o.RemovedReported = true;
            }
        }
    }
}
