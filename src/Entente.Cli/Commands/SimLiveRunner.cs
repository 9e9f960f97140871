using System.Globalization;
using Entente.Geo.Geography;
using Entente.Simulation.Engine;
using Entente.Simulation.Output;
using Entente.Simulation.Scenarios;

namespace Entente.Cli.Commands;

/// <summary><c>entente sim live</c>: a scenario moved to start now, paced by the clock, sent over UDP.</summary>
internal sealed class SimLiveRunner(Scenario scenario, double speed, SimLiveEndpoints endpoints, TimeProvider timeProvider, TextWriter output, TextWriter error)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        // Whole seconds, so that the window's times read cleanly.
        var start = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        var moved = scenario.StartingAt(start);
        using var sink = new UdpFeedSink(endpoints.Ais, endpoints.Detections, endpoints.Truth);
        Simulator simulator;
        try
        {
            simulator = new Simulator(moved, ChannelGeography.LoadDefault(), sink);
        }
        catch (ScenarioException ex)
        {
            throw new CommandInputException(SimCommands.OneLine(ex.Message), ex);
        }

        var live = new LiveSimulation(simulator, timeProvider, speed);
        var c = CultureInfo.InvariantCulture;
        var truth = endpoints.Truth is { } t ? ", truth to " + t : string.Empty;
        await error.WriteLineAsync(string.Create(c,
            $"entente: {moved.Name} live from {moved.Start:yyyy-MM-dd'T'HH:mm:ss'Z'} to {moved.End:yyyy-MM-dd'T'HH:mm:ss'Z'} at {speed:0.###}x; AIS to {endpoints.Ais}, detections to {endpoints.Detections}{truth}"));
        try
        {
            await live.RunAsync(null, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C ends a live run normally.
        }

        await output.WriteLineAsync(SimSummaryText.Format(moved.Name, moved.Seed, simulator.Summary) +
                                    string.Create(c, $"; {sink.DatagramsSent} datagrams sent, {sink.DatagramsFailed} dropped"));
        return 0;
    }
}
