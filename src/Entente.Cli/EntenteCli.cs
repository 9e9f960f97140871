using System.CommandLine;
using Entente.Cli.Commands;

namespace Entente.Cli;

/// <summary>The entente command: its command tree and how it reports errors.</summary>
public static class EntenteCli
{
    /// <summary>Exit code for bad input (arguments or data).</summary>
    public const int BadInputExitCode = 2;

    /// <summary>Builds the command tree.</summary>
    /// <returns>The root command.</returns>
    public static RootCommand CreateRootCommand() => CreateRootCommand(CliStreams.TextOutput);

    internal static RootCommand CreateRootCommand(CliStreams streams)
    {
        var root = new RootCommand("Entente: a shared maritime picture for the Dover Strait.");
        root.Add(GeoCommands.Create());
        root.Add(AisCommands.Create(streams));
        root.Add(SimCommands.Create());
        root.Add(TrackCommands.Create());
        root.Add(ReplayCommand.Create(TimeProvider.System));
        root.Add(SarCommands.Create(TimeProvider.System));
        root.Add(StatsCommands.Create(TimeProvider.System));
        root.Add(AuditCommands.Create(TimeProvider.System));
        root.Add(UsersCommands.Create(streams, TimeProvider.System));
        return root;
    }

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go, one line each.</param>
    /// <returns>The exit code: 0 on success, 2 for bad input, 1 otherwise.</returns>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) => RunAsync(args, output, error, CliStreams.TextOutput);

    /// <summary>Runs the command line, with the byte streams that bulk commands read and write.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go, one line each.</param>
    /// <param name="streams">Standard input, and standard output as bytes when not through <paramref name="output"/>.</param>
    /// <param name="cancellationToken">Stops a long-running command, as Ctrl+C does.</param>
    /// <returns>The exit code.</returns>
    internal static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CliStreams streams, CancellationToken cancellationToken = default)
    {
        var parse = CreateRootCommand(streams).Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                await error.WriteLineAsync("entente: " + parseError.Message);
            }

            await error.WriteLineAsync("Try 'entente --help'.");
            return BadInputExitCode;
        }

        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken);
        }
        catch (CommandInputException ex)
        {
            await error.WriteLineAsync("entente: " + ex.Message);
            return BadInputExitCode;
        }
    }
}
