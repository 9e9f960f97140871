using Entente.Geo.Geography;
using Entente.Simulation.Engine;
using Entente.Simulation.Output;
using Entente.Simulation.Scenarios;

namespace Entente.Cli.Commands;

/// <summary><c>entente sim run</c>: a whole scenario as fast as possible into the three output files.</summary>
internal sealed class SimRunRunner(Scenario scenario, string directory, TextWriter output, TextWriter error, bool terminal)
{
    /// <summary>Exit code when stopped by Ctrl+C (128 + SIGINT), as shells report it.</summary>
    public const int InterruptedExitCode = 130;

    public int Run(CancellationToken cancellationToken)
    {
        var sink = new LateBoundSink();
        Simulator simulator;
        try
        {
            simulator = new Simulator(scenario, ChannelGeography.LoadDefault(), sink);
        }
        catch (ScenarioException ex)
        {
            throw new CommandInputException(SimCommands.OneLine(ex.Message), ex);
        }

        DirectorySink files;
        try
        {
            files = new DirectorySink(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CommandInputException(SimCommands.OneLine($"cannot write to '{directory}': {ex.Message}"), ex);
        }

        var progress = new SimProgressWriter(error, terminal, () => simulator.Time);
        using (files)
        {
            sink.Target = files;
            try
            {
                simulator.Run(progress, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                progress.Finish();
                error.WriteLine($"entente: interrupted; the files in '{directory}' hold the window up to {simulator.Time:yyyy-MM-dd'T'HH:mm:ss'Z'}.");
                return InterruptedExitCode;
            }
        }

        progress.Finish();
        output.WriteLine(SimSummaryText.Format(scenario.Name, scenario.Seed, simulator.Summary) + $"; written to {directory}");
        return 0;
    }
}
