using Entente.Sar.Forcing;

namespace Entente.Cli.Commands;

/// <summary>Opens NetCDF forcing for <c>sar</c> commands, turning a bad file into a one-line error.</summary>
internal static class SarNetCdf
{
    public static (IVectorField? Wind, IVectorField? Current) Open(string path) =>
        throw new CommandInputException($"--forcing {path}: NetCDF forcing is not available in this build.");
}
