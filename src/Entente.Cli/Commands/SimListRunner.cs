using System.Globalization;
using Entente.Simulation.Scenarios;

namespace Entente.Cli.Commands;

/// <summary><c>entente sim list</c>: one line per built-in scenario: name, duration, description.</summary>
internal static class SimListRunner
{
    public static async Task WriteAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var scenarios = BuiltInScenarios.Names.Select(BuiltInScenarios.Get).ToList();
        var nameWidth = scenarios.Max(s => s.Name.Length);
        foreach (var scenario in scenarios)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var hours = string.Create(CultureInfo.InvariantCulture, $"{scenario.Duration.TotalHours:0.##} h");
            await output.WriteLineAsync($"{scenario.Name.PadRight(nameWidth)}  {hours,7}  {SimCommands.OneLine(scenario.Description)}".TrimEnd());
        }
    }
}
