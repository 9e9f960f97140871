using System.Globalization;
using Entente.Simulation.Engine;

namespace Entente.Cli.Commands;

/// <summary>The one-line summary that <c>sim run</c> and <c>sim live</c> end with.</summary>
internal static class SimSummaryText
{
    public static string Format(string scenario, long seed, SimulationSummary s) => string.Create(CultureInfo.InvariantCulture,
        $"{scenario} (seed {seed}) to {s.Time:yyyy-MM-dd'T'HH:mm:ss'Z'}: {s.TruthRecords} truth records, {s.Detections} detections, {s.AisLines} AIS lines; " +
        $"boats launched {s.BoatsLaunched}, landed {s.BoatsLanded}, rescued {s.BoatsRescued}");
}
