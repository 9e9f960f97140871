using System.CommandLine;

namespace Entente.Cli.Commands;

/// <summary>entente track ...: tracking, and scoring a tracker against ground truth. Each subcommand has its own file.</summary>
internal static class TrackCommands
{
    public static Command Create()
    {
        var track = new Command("track", "Track targets, and score a tracker's output against the simulated ground truth.");
        track.Add(TrackEvalCommand.Create());
        return track;
    }
}
