using System.Globalization;
using Entente.Core.Positions;
using Entente.Sar.Drift;
using Entente.Sar.Forcing;
using Entente.Sar.Leeway;

namespace Entente.Cli.Commands;

/// <summary>The values <c>entente sar</c> takes on the command line, each turned into a domain value or a one-line
/// error naming the option.</summary>
internal static class SarArguments
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>"LAT,LON" in decimal degrees.</summary>
    public static GeoPosition Position(string text, string option)
    {
        var parts = text.Split(',');
        if (parts.Length != 2
            || !double.TryParse(parts[0], NumberStyles.Float, C, out var latitude) || !double.IsFinite(latitude) || Math.Abs(latitude) > 90
            || !double.TryParse(parts[1], NumberStyles.Float, C, out var longitude) || !double.IsFinite(longitude) || Math.Abs(longitude) > 180)
        {
            throw new CommandInputException($"{option} {text} is not a position: give LAT,LON in decimal degrees, e.g. 50.95,1.35.");
        }

        return GeoPosition.FromDegrees(latitude, longitude);
    }

    /// <summary>An ISO 8601 time, UTC unless it says otherwise.</summary>
    public static DateTimeOffset Time(string text, string option) =>
        DateTimeOffset.TryParse(text, C, DateTimeStyles.AssumeUniversal, out var time)
            ? time.ToUniversalTime()
            : throw new CommandInputException($"{option} {text} is not a time: give ISO 8601, e.g. 2026-11-20T01:30:00Z.");

    /// <summary>"KEY[:WEIGHT],..." leeway categories with weights (equal when left out).</summary>
    public static IReadOnlyList<DriftScenario> Scenarios(string? text)
    {
        if (text is null)
        {
            return LeewayCategories.SmallBoatScenarios;
        }

        var scenarios = new List<DriftScenario>();
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = item.Split(':');
            if (!LeewayCategories.TryFind(parts[0], out var category))
            {
                throw new CommandInputException($"--category {parts[0]} is not a known leeway category: known are {string.Join(", ", LeewayCategories.All.Keys.Order(StringComparer.Ordinal))}.");
            }

            var weight = 1.0;
            if (parts.Length > 2 || (parts.Length == 2 && (!double.TryParse(parts[1], NumberStyles.Float, C, out weight) || !double.IsFinite(weight) || weight <= 0)))
            {
                throw new CommandInputException($"--category {item}: give KEY or KEY:WEIGHT with a positive weight, e.g. REFUGEE-RAFT-1:60.");
            }

            scenarios.Add(new DriftScenario(category, weight));
        }

        return scenarios.Count == 0
            ? throw new CommandInputException("--category is empty: give at least one leeway category, e.g. PIW-1.")
            : scenarios;
    }

    /// <summary>"SPEED@FROM": wind speed in m/s and the direction it blows from, degrees true.</summary>
    public static ConstantWind Wind(string text)
    {
        var parts = text.Split('@');
        if (parts.Length != 2
            || !double.TryParse(parts[0], NumberStyles.Float, C, out var speed) || !double.IsFinite(speed) || speed is < 0 or > 75
            || !double.TryParse(parts[1], NumberStyles.Float, C, out var from) || !double.IsFinite(from))
        {
            throw new CommandInputException($"--wind {text} is not a wind: give SPEED@FROM, m/s and degrees true, e.g. 10@240.");
        }

        return new ConstantWind(speed, from);
    }

    /// <summary>A positive number within limits.</summary>
    public static double Positive(double value, string option, double max) =>
        double.IsFinite(value) && value > 0 && value <= max
            ? value
            : throw new CommandInputException(string.Create(C, $"{option} {value} is out of range: give more than 0 and at most {max}."));

    /// <summary>A non-negative number within limits.</summary>
    public static double NotNegative(double value, string option, double max) =>
        double.IsFinite(value) && value >= 0 && value <= max
            ? value
            : throw new CommandInputException(string.Create(C, $"{option} {value} is out of range: give 0 to {max}."));
}
