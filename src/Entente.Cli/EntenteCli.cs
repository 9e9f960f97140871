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
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("Entente: a shared maritime picture for the Dover Strait.");
        root.Add(GeoCommands.Create());
        return root;
    }

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go, one line each.</param>
    /// <returns>The exit code: 0 on success, 2 for bad input, 1 otherwise.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var parse = CreateRootCommand().Parse(args);
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
            return await parse.InvokeAsync(configuration);
        }
        catch (CommandInputException ex)
        {
            await error.WriteLineAsync("entente: " + ex.Message);
            return BadInputExitCode;
        }
    }
}
