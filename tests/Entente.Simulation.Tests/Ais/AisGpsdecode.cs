using System.Diagnostics;
using System.Text.Json;
using Entente.Testing;

namespace Entente.Simulation.Tests.Ais;

/// <summary>gpsd's <c>gpsdecode</c> (Debian gpsd-clients) as an independent decoder of the simulated lines.</summary>
internal static class AisGpsdecode
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

        Assert.Skip("gpsdecode is not installed (apt-get install gpsd-clients); gpsdecode comparison skipped.");
    }

    /// <summary>Runs <c>gpsdecode -u -s -j</c> (unscaled, message 24 parts apart) over the lines; one JSON object per message.</summary>
    public static List<JsonElement> Decode(IReadOnlyList<string> lines)
    {
        var start = new ProcessStartInfo(Executable, "-u -s -j")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("gpsdecode did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardInput.NewLine = "\n";
        foreach (var line in lines)
        {
            process.StandardInput.WriteLine(line);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill();
            Assert.Fail("gpsdecode did not finish in two minutes.");
        }

        _ = errors.Result;
        return output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.StartsWith('{'))
            .Select(l =>
            {
                using var document = JsonDocument.Parse(l);
                return document.RootElement.Clone();
            })
            .ToList();
    }
}
