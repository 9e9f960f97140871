using System.Globalization;

namespace Entente.Cli.Commands;

/// <summary>Intervals on the command line: <c>10s</c>, <c>1m</c> or <c>500ms</c>.</summary>
internal static class IntervalText
{
    /// <summary>An interval between 100 ms and 60 min; anything else is bad input, reported against the option.</summary>
    public static TimeSpan Parse(string text, string option)
    {
        var (number, unit) = text.EndsWith("ms", StringComparison.Ordinal) ? (text[..^2], 0.001)
            : text.EndsWith('s') ? (text[..^1], 1.0)
            : text.EndsWith('m') ? (text[..^1], 60.0)
            : (text, 1.0);
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) ||
            value * unit < 0.1 || value * unit > 3600)
        {
            throw new CommandInputException($"{option} {text} is not an interval between 100ms and 60m (e.g. 10s, 1m).");
        }

        return TimeSpan.FromSeconds(value * unit);
    }
}
