using Entente.Geo.Geography;
using Entente.Server.Hosting;
using Entente.Server.Picture;
using Entente.Simulation.Engine;
using Entente.Simulation.Output;
using Entente.Simulation.Scenarios;
using Entente.Storage;

namespace Entente.Server.Feeds;

/// <summary>
/// The default feed: a built-in scenario (or a scenario file) run live from the server's start, paced by the clock,
/// its detections stored as they are made and its AIS lines decoded and counted. Off when
/// <c>Feeds:Simulation:Enabled</c> is false or a real feed is configured.
/// </summary>
internal sealed class SimulationFeed(
    SimulationFeedOptions options,
    IDatabase database,
    LivePicture picture,
    SensorRegistry sensors,
    ChannelGeography geography,
    TimeProvider timeProvider,
    ILogger<SimulationFeed> logger) : BackgroundService
{
    // Each simulated detection is stamped with its own source's provenance (SourceReleasability) before it is stored;
    // this one is only the fallback for a record that reached the store without one.
    private readonly DetectionStoreSink _sink = new(SourceReleasability.UkStation);
    private volatile LiveSimulation? _live;
    private volatile string? _scenarioName;
    private volatile string? _error;

    /// <summary>Whether the feed is configured to run.</summary>
    public bool Enabled => options.Enabled ?? true;

    /// <summary>Simulated seconds per wall second.</summary>
    public double Speed => options.Speed;

    /// <summary>The scenario's name once loaded, else the configured name or path.</summary>
    public string Scenario => _scenarioName ?? options.Scenario;

    /// <summary>True while the simulation is running.</summary>
    public bool IsRunning => _live?.IsRunning ?? false;

    /// <summary>The simulated time reached, once started.</summary>
    public DateTimeOffset? SimulatedTime => _live?.SimulatedTime;

    /// <summary>Why the feed stopped or never started, when it failed.</summary>
    public string? Error => _error;

    /// <summary>Detections stored so far.</summary>
    public long DetectionsStored => _sink.Stored;

    /// <summary>Detections lost (rejected, or refused by the store) so far.</summary>
    public long DetectionsLost => _sink.Rejected + _sink.StoreFailures;

    /// <summary>AIS lines received so far.</summary>
    public long AisLines => _sink.AisLines;

    /// <summary>AIS messages decoded from them so far.</summary>
    public long AisMessages => _sink.AisMessages;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            LogMessages.SimulationFeedOff(logger);
            return;
        }

        // Off the start-up path: building the scenario's world should not hold up the server.
        await Task.Yield();
        try
        {
            if (!double.IsFinite(options.SkipMinutes) || options.SkipMinutes < 0)
            {
                throw new ArgumentException("Feeds:Simulation:SkipMinutes must be 0 or more.");
            }

            var now = timeProvider.GetUtcNow();
            var scenario = BuiltInScenarios.Resolve(options.Scenario);
            var skip = TimeSpan.FromMinutes(Math.Min(options.SkipMinutes, scenario.Duration.TotalMinutes));
            // Placed so that the skipped part lies just behind the clock and the live part begins now.
            scenario = scenario.StartingAt(new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero) - skip);
            if (options.Seed is { } seed)
            {
                scenario = scenario.WithSeed(seed);
            }

            await picture.StartAsync(PictureEnvironment.For(scenario), stoppingToken).ConfigureAwait(false);
            var simulator = new Simulator(scenario, geography,
                new ProvenanceStampingSink(new SourceReleasability(geography), new CompositeSink(_sink, picture)));
            sensors.Register(simulator.SensorSites);
            // The skipped start is simulated without sensing: the picture begins, and tracks form, when live time does.
            simulator.SkipTo(scenario.Start + skip, stoppingToken);
            var live = new LiveSimulation(simulator, timeProvider, options.Speed);
            _scenarioName = scenario.Name;
            _live = live;
            LogMessages.SimulationFeedStarted(logger, scenario.Name, scenario.Start, options.Speed);
            await live.RunAsync(StoreAsync, stoppingToken).ConfigureAwait(false);
            LogMessages.SimulationFeedEnded(logger, scenario.Name, _sink.Stored, _sink.AisLines);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The server is stopping.
        }
        catch (Exception ex) when (ex is ScenarioException or ArgumentException)
        {
            // A bad scenario or speed in configuration: the server stays up without the feed, and says why.
            _error = ex.Message;
            LogMessages.SimulationFeedFailed(logger, ex.Message);
        }
    }

    private async Task StoreAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _sink.FlushAsync(database.Detections, cancellationToken).ConfigureAwait(false);
            await picture.FlushAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A database fault loses this batch (counted) but not the feed: the next batch may succeed.
            LogMessages.SimulationFeedStoreFailed(logger, ex.Message);
        }
    }
}
