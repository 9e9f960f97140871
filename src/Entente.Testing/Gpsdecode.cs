using System.Diagnostics;
using Xunit;

namespace Entente.Testing;

/// <summary>gpsd's <c>gpsdecode</c> (Debian gpsd-clients), the independent AIS decoder tests compare with.</summary>
public static class Gpsdecode
{
    private const string Executable = "/usr/bin/gpsdecode";

    /// <summary>Skips the test when gpsdecode is absent, except under CI, where its absence is a failure.</summary>
    public static void RequireInstalled()
    {
        if (File.Exists(Executable))
        {
            return;
        }

        if (RepositoryPaths.IsCi)
        {
            Assert.Fail("gpsdecode is not installed; CI must install gpsd-clients (scripts/test.sh does).");
        }

        Assert.Skip("gpsdecode is not installed (apt-get install gpsd-clients); the comparison with gpsd is skipped.");
    }

    /// <summary>Runs gpsdecode with a file on its standard input.</summary>
    /// <param name="file">The NMEA file.</param>
    /// <param name="arguments">gpsdecode's arguments, e.g. <c>-u -j</c>.</param>
    /// <returns>Its JSON lines, one per message.</returns>
    public static List<string> Decode(string file, string arguments) => Run(arguments, input =>
    {
        using var stream = File.OpenRead(file);
        stream.CopyTo(input);
    });

    /// <summary>Runs gpsdecode over lines given in memory.</summary>
    /// <param name="lines">The NMEA lines, without line ends.</param>
    /// <param name="arguments">gpsdecode's arguments.</param>
    /// <returns>Its JSON lines, one per message.</returns>
    public static List<string> Decode(IEnumerable<string> lines, string arguments) => Run(arguments, input =>
    {
        using var writer = new StreamWriter(input, leaveOpen: true) { NewLine = "\n" };
        foreach (var line in lines)
        {
            writer.WriteLine(line);
        }
    });

    private static List<string> Run(string arguments, Action<Stream> writeInput)
    {
        var start = new ProcessStartInfo(Executable, arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("gpsdecode did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        writeInput(process.StandardInput.BaseStream);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill();
            Assert.Fail("gpsdecode did not finish in two minutes.");
        }

        _ = errors.Result;
        return [.. output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith('{'))];
    }
}
