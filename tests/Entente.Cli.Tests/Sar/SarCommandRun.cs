using System.Text.Json;

namespace Entente.Cli.Tests.Sar;

/// <summary>Runs <c>entente sar ...</c> in a temporary directory and reads what it wrote.</summary>
public sealed class SarCommandRun : IDisposable
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "entente-sar-" + Guid.NewGuid().ToString("N"));

    public SarCommandRun() => System.IO.Directory.CreateDirectory(Directory);

    public string Out => Path.Combine(Directory, "out");

    public static async Task<(int Exit, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await EntenteCli.RunAsync(args, output, error);
        return (exit, error.ToString());
    }

    public JsonDocument Read(string name) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, name)));

    public string Write(string name, string text)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Stderr of a refused command: exactly one line, which is returned.</summary>
    public static string OneLine(string error)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Length == 1, $"expected one line, got: {error}");
        return lines[0];
    }

    /// <summary>Great-circle distance on the mean sphere (R = 6371.0088 km), and the initial bearing, degrees true: within
    /// 0.5% of the ellipsoid over a few kilometres.</summary>
    public static (double Metres, double BearingDegrees) Haversine(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6_371_008.8;
        var (p1, p2) = (lat1 * Math.PI / 180, lat2 * Math.PI / 180);
        var (dp, dl) = (p2 - p1, (lon2 - lon1) * Math.PI / 180);
        var a = (Math.Sin(dp / 2) * Math.Sin(dp / 2)) + (Math.Cos(p1) * Math.Cos(p2) * Math.Sin(dl / 2) * Math.Sin(dl / 2));
        var metres = 2 * R * Math.Asin(Math.Sqrt(a));
        var bearing = Math.Atan2(Math.Sin(dl) * Math.Cos(p2), (Math.Cos(p1) * Math.Sin(p2)) - (Math.Sin(p1) * Math.Cos(p2) * Math.Cos(dl))) * 180 / Math.PI;
        return (metres, (bearing + 360) % 360);
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
