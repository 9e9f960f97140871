using System.Diagnostics;
using Entente.Testing;

namespace Entente.Ais.Tests.Conformance;

/// <summary>gpsd's <c>gpsdecode</c> (Debian gpsd-clients), the reference decoder for differential tests.</summary>
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

        Assert.Skip("gpsdecode is not installed (apt-get install gpsd-clients); differential test skipped.");
    }

    /// <summary>Runs gpsdecode with the file on stdin and returns its JSON objects.</summary>
    public static List<string> Decode(string file, string arguments)
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
        using (var input = File.OpenRead(file))
        {
            input.CopyTo(process.StandardInput.BaseStream);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill();
            Assert.Fail("gpsdecode did not finish in two minutes.");
        }

        _ = errors.Result;
        return output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith('{')).ToList();
    }
}
