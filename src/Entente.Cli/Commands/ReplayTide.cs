using System.Globalization;
using Entente.Rules.Environment;

namespace Entente.Cli.Commands;

/// <summary>
/// The tidal stream a replay assumes, so that the rules judge boats through the water: a scenario's (<c>--scenario</c>,
/// for a simulated recording), three options (<c>--tide-max-kn</c>, <c>--tide-flood-deg</c>, <c>--tide-flood-peak</c>,
/// from a tidal atlas, for a real one), or still water.
/// </summary>
internal static class ReplayTide
{
    private const string Options = "--tide-max-kn, --tide-flood-deg and --tide-flood-peak";

    /// <summary>The current and a phrase saying where it came from, for the summary.</summary>
    public static (ISeaCurrent Current, string Description) Resolve(string? scenario, double? maxKnots, double? floodDegrees, string? floodPeak)
    {
        var given = (maxKnots is null ? 0 : 1) + (floodDegrees is null ? 0 : 1) + (floodPeak is null ? 0 : 1);
        if (scenario is not null && given > 0)
        {
            throw new CommandInputException($"Give --scenario or {Options}, not both: each sets the tidal stream.");
        }

        if (scenario is not null)
        {
            if (string.IsNullOrWhiteSpace(scenario))
            {
                throw new CommandInputException("--scenario is blank: give a built-in scenario's name or a scenario file.");
            }

            var loaded = SimCommands.LoadScenario(scenario, null, null);
            var tide = loaded.Tide;
            var fromScenario = new RectilinearTide(tide.MaxSpeedKnots, tide.FloodDirectionDegrees, tide.FloodPeak);
            return (fromScenario, $"tidal stream of scenario {loaded.Name}: {Describe(fromScenario)}");
        }

        if (given == 0)
        {
            return (StillWater.Instance, $"no tidal stream given, still water assumed (give --scenario or {Options})");
        }

        if (given < 3)
        {
            throw new CommandInputException($"{Options} go together: give all three.");
        }

        var c = CultureInfo.InvariantCulture;
        if (maxKnots is not { } max || !double.IsFinite(max) || max is < 0 or > 10)
        {
            throw new CommandInputException(string.Create(c, $"--tide-max-kn {maxKnots} is out of range: give 0 to 10 knots."));
        }

        if (floodDegrees is not { } direction || !double.IsFinite(direction) || direction is < 0 or > 360)
        {
            throw new CommandInputException(string.Create(c, $"--tide-flood-deg {floodDegrees} is out of range: give 0 to 360 degrees true."));
        }

        if (!DateTimeOffset.TryParse(floodPeak, c, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var peak))
        {
            throw new CommandInputException($"--tide-flood-peak {floodPeak} is not an ISO 8601 time (e.g. 2026-11-21T20:00:00Z).");
        }

        var fromOptions = new RectilinearTide(max, direction, peak);
        return (fromOptions, $"tidal stream from the options: {Describe(fromOptions)}");
    }

    private static string Describe(RectilinearTide tide) => string.Create(CultureInfo.InvariantCulture,
        $"{tide.MaxSpeedKnots:0.0#} kn at peak, flood setting {tide.FloodDirectionDegrees:000.#}°, peak flood {tide.FloodPeak.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}");
}
