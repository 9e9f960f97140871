using Entente.Sar.Forcing;
using Entente.Sar.Forcing.NetCdf;

namespace Entente.Cli.Commands;

/// <summary>Opens NetCDF forcing for <c>sar</c> commands, turning a missing library or a bad file into a one-line error.</summary>
internal static class SarNetCdf
{
    public static (IVectorField? Wind, IVectorField? Current) Open(string path)
    {
        if (!NetCdfForcing.IsLibraryAvailable)
        {
            throw new CommandInputException($"--forcing {path}: the netCDF library (libnetcdf) is not installed; on Debian: apt-get install netcdf-bin.");
        }

        try
        {
            var forcing = NetCdfForcing.Open(path);
            return (forcing.Wind, forcing.Current);
        }
        catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException)
        {
            throw new CommandInputException($"--forcing {path}: {SimCommands.OneLine(ex.Message)}", ex);
        }
    }
}
