using System.CommandLine;

namespace Entente.Cli.Commands;

/// <summary>entente sar ...: drift prediction and search planning.</summary>
internal static class SarCommands
{
    public static Command Create(TimeProvider timeProvider)
    {
        var sar = new Command("sar", "Search and rescue: leeway drift of boats and people in the water, and search plans.");
        sar.Add(SarDriftCommand.Create(timeProvider));
        sar.Add(SarPlanCommand.Create(timeProvider));
        return sar;
    }
}
