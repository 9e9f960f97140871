using Entente.Core.Units;
using Entente.Sar.Forcing;

namespace Entente.Cli.Commands;

/// <summary>The wind a replay drifts lost boats in: the scenario's (<c>--scenario</c>), or calm.</summary>
internal static class ReplayWind
{
    public static ConstantWind? FromScenario(string? scenario)
    {
        if (string.IsNullOrWhiteSpace(scenario))
        {
            return null;
        }

        var (knots, from) = SimCommands.LoadScenario(scenario, null, null).Wind;
        return new ConstantWind(UnitConversions.KnotsToMetresPerSecond(knots), from);
    }
}
