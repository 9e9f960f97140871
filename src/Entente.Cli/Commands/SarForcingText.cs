using Entente.Sar.Drift;
using Entente.Sar.Forcing;

namespace Entente.Cli.Commands;

/// <summary>Turns the forcing options of <c>sar drift</c> into wind and current: a constant wind or a wind series (or
/// NetCDF wind), and the built-in Strait tidal stream plus any NetCDF current.</summary>
internal static class SarForcingText
{
    public static DriftForcing Resolve(string? wind, string? windFile, string? netCdf, bool noTide, string? floodPeak, double springRateKnots)
    {
        if (wind is not null && windFile is not null)
        {
            throw new CommandInputException("Give --wind or --wind-file, not both.");
        }

        IVectorField? windField = wind is not null ? SarArguments.Wind(wind) : windFile is not null ? ReadWindFile(windFile) : null;
        IVectorField? fileCurrent = null;
        if (netCdf is not null)
        {
            (var fileWind, fileCurrent) = SarNetCdf.Open(netCdf);
            if (windField is not null && fileWind is not null)
            {
                throw new CommandInputException($"{netCdf} holds a wind and --wind/--wind-file gives another: give one.");
            }

            windField ??= fileWind;
        }

        IVectorField? tide = null;
        if (!noTide)
        {
            var peak = floodPeak is null ? StraitTide.DefaultPeakFloodAtSprings : SarArguments.Time(floodPeak, "--tide-flood-peak");
            try
            {
                tide = new StraitTide(peak, springRateKnots);
            }
            catch (ArgumentOutOfRangeException ex)
            {
                throw new CommandInputException(SimCommands.OneLine(ex.Message), ex);
            }
        }
        else if (floodPeak is not null)
        {
            throw new CommandInputException("--tide-flood-peak sets the tidal stream that --no-tide turns off: give one.");
        }

        var current = (tide, fileCurrent) switch
        {
            (null, null) => StillWater.Instance,
            ({ } t, null) => t,
            (null, { } f) => f,
            ({ } t, { } f) => new SumOfFields(t, f),
        };
        return new DriftForcing(windField ?? new ConstantWind(0, 0), current);
    }

    private static WindSeries ReadWindFile(string path)
    {
        try
        {
            using var reader = File.OpenText(path);
            return WindSeries.Read(reader);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandInputException($"--wind-file {path}: {SimCommands.OneLine(ex.Message)}", ex);
        }
        catch (FormatException ex)
        {
            throw new CommandInputException($"--wind-file {path}: {SimCommands.OneLine(ex.Message)}", ex);
        }
    }
}
