using System.Globalization;
using Entente.Core.Positions;
using Entente.Sar.Drift;

namespace Entente.Cli.Commands;

/// <summary>Turns the seed options of <c>sar drift</c> into a <see cref="DriftSeed"/>: a circle by default, an ellipse,
/// a line between two fixes, optionally with a departure window.</summary>
internal static class SarSeedText
{
    public static DriftSeed Resolve(GeoPosition at, DateTimeOffset time, double radiusMetres, string? ellipse, string? lineTo, string? lineToTime, string? departedBy)
    {
        if (ellipse is not null && lineTo is not null)
        {
            throw new CommandInputException("Give --ellipse or --line-to, not both: each sets the seed's shape.");
        }

        if ((lineTo is null) != (lineToTime is null))
        {
            throw new CommandInputException("--line-to and --line-to-time go together: give both.");
        }

        try
        {
            DriftSeed seed;
            if (lineTo is not null)
            {
                if (departedBy is not null)
                {
                    throw new CommandInputException("--departed-by does not apply to a line: its times come from the two fixes.");
                }

                return DriftSeed.Line(at, time, SarArguments.Position(lineTo, "--line-to"), SarArguments.Time(lineToTime!, "--line-to-time"), radiusMetres);
            }

            seed = ellipse is null ? DriftSeed.Circle(at, time, radiusMetres) : Ellipse(at, time, ellipse);
            return departedBy is null ? seed : seed.WithDepartureWindow(time, SarArguments.Time(departedBy, "--departed-by"));
        }
        catch (ArgumentException ex)
        {
            throw new CommandInputException(SimCommands.OneLine(ex.Message), ex);
        }
    }

    private static DriftSeed Ellipse(GeoPosition at, DateTimeOffset time, string text)
    {
        var parts = text.Split(',');
        var values = new double[3];
        if (parts.Length != 3 || !parts.Select((p, i) => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) && double.IsFinite(values[i])).All(ok => ok))
        {
            throw new CommandInputException($"--ellipse {text}: give SEMI_MAJOR_M,SEMI_MINOR_M,BEARING_DEG, e.g. 3000,1000,40.");
        }

        return DriftSeed.Ellipse(at, time, values[0], values[1], values[2]);
    }
}
