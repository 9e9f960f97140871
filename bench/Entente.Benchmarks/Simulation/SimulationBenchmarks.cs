using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Entente.Geo.Geography;
using Entente.Simulation.Engine;
using Entente.Simulation.Output;
using Entente.Simulation.Scenarios;

namespace Entente.Benchmarks.Simulation;

/// <summary>
/// The built-in <c>busy-night</c> scenario simulated as fast as possible into the three output files, as
/// <c>entente sim run</c> does: the whole 12 hours (goal: under 60 s) and the first hour, for quicker tracking.
/// </summary>
/// <remarks>
/// Each invocation is seconds long and writes hundreds of megabytes, so the job is a monitoring one: no pilot, no
/// warm-up, a few single-invocation iterations. The geography is loaded once; each iteration writes to a fresh
/// temporary directory that is removed afterwards (the 12-hour output is about 650 MB).
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class SimulationBenchmarks
{
    private const string ScenarioName = "busy-night";
    private ChannelGeography _geography = null!;
    private Scenario _fullNight = null!;
    private Scenario _firstHour = null!;
    private string _directory = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _geography = ChannelGeography.LoadDefault();
        _fullNight = BuiltInScenarios.Get(ScenarioName);
        _firstHour = _fullNight.WithDuration(TimeSpan.FromHours(1));
    }

    [IterationSetup]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("entente-simbench-").FullName;

    [IterationCleanup]
    public void RemoveDirectory()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    /// <summary>The whole 12-hour window, all outputs written.</summary>
    [Benchmark(Baseline = true)]
    public long BusyNight12Hours() => Run(_fullNight);

    /// <summary>The first hour of the window, all outputs written.</summary>
    [Benchmark]
    public long BusyNight1Hour() => Run(_firstHour);

    private long Run(Scenario scenario)
    {
        using var sink = new DirectorySink(_directory);
        var simulator = new Simulator(scenario, _geography, sink);
        simulator.Run();
        return sink.Lines.Truth + sink.Lines.Detections + sink.Lines.Ais;
    }
}
