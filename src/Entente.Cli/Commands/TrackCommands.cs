using System.CommandLine;

namespace Entente.Cli.Commands;

/// <summary>entente track ...: tracking, and scoring a tracker against ground truth. Each subcommand has its own file.</summary>
internal static class TrackCommands
{
    public static Command Create()
    {
        var track = new Command("track", "Track targets from detections and AIS into a picture written every interval; score a tracker's output against the simulated ground truth.");
        TrackRunCommand.AddTo(track);
        track.Add(TrackEvalCommand.Create());
        return track;
    }
}
