using System.Globalization;
using System.Text.Json;
using Entente.Testing;
using Entente.Testing.NetCdf;

namespace Entente.Cli.Tests.Sar;

/// <summary><c>entente sar drift</c>: what it writes, the leeway it applies, and the input it refuses.</summary>
public sealed class SarDriftCommandTests : IDisposable
{
    private const string Time = "2026-11-20T01:00:00Z";

    // Mid-strait, west of Cap Gris-Nez: open water for several kilometres all round.
    private const double Latitude = 50.95;
    private const double Longitude = 1.45;
    private static readonly string At = string.Create(CultureInfo.InvariantCulture, $"{Latitude},{Longitude}");

    private readonly SarCommandRun _run = new();

    public void Dispose() => _run.Dispose();

    // 500 particles unless the test says.
    private Task<(int Exit, string Error)> DriftAsync(params string[] more) =>
        SarCommandRun.RunAsync(["sar", "drift", "--at", At, "--time", Time, "--out", _run.Out, .. more.Contains("--particles") ? more : [.. more, "--particles", "500"]]);

    [Fact]
    public async Task Drift_WritesGeoJsonWithTrackDatumsContainmentAndParticles()
    {
        var (exit, error) = await DriftAsync("--hours", "3", "--wind", "8@240");
        Assert.True(exit == 0, error);
        Assert.True(File.Exists(Path.Combine(_run.Out, "drift.json")));
        using var geo = _run.Read("drift.geojson");
        Assert.Equal("FeatureCollection", geo.RootElement.GetProperty("type").GetString());
        var features = geo.RootElement.GetProperty("features").EnumerateArray().ToList();
        string Kind(JsonElement f) => f.GetProperty("properties").GetProperty("kind").GetString()!;
        string Geometry(JsonElement f) => f.GetProperty("geometry").GetProperty("type").GetString()!;

        var track = Assert.Single(features, f => Kind(f) == "datum-track");
        Assert.Equal("LineString", Geometry(track));
        var datums = features.Where(f => Kind(f) == "datum").ToList();
        Assert.Equal(4, datums.Count); // the start and every hour of three
        Assert.All(datums, d => Assert.Equal("Point", Geometry(d)));
        var containment = features.Where(f => Kind(f) == "containment").ToList();
        Assert.Equal([0.5, 0.9], containment.Select(c => c.GetProperty("properties").GetProperty("level").GetDouble()));
        Assert.All(containment, c => Assert.Equal("MultiPolygon", Geometry(c)));

        // The default categories, one MultiPoint each, together every particle.
        var particles = features.Where(f => Kind(f) == "particles").ToList();
        Assert.Equal(["PIW-1", "REFUGEE-RAFT-1", "SKIFF-3"], particles.Select(p => p.GetProperty("properties").GetProperty("category").GetString()).Order(StringComparer.Ordinal));
        Assert.All(particles, p => Assert.Equal("MultiPoint", Geometry(p)));
        Assert.Equal(500, particles.Sum(p => p.GetProperty("geometry").GetProperty("coordinates").GetArrayLength()));
    }

    [Fact]
    public async Task Drift_SouthWind_MovesARaftNorthByItsDownwindLeeway()
    {
        var (exit, error) = await DriftAsync("--wind", "10@180", "--no-tide", "--category", "REFUGEE-RAFT-1", "--hours", "6", "--particles", "5000");
        Assert.True(exit == 0, error);
        var (start, end) = Ends();

        // REFUGEE-RAFT-1 downwind leeway (Allen and Plourde 1999): 1.56 % of U10 plus 8.30 cm/s; crosswind averages out.
        var expected = 0.01 * ((1.56 * 10) + 8.30) * 6 * 3600;
        var (metres, bearing) = SarCommandRun.Haversine(start.Lat, start.Lon, end.Lat, end.Lon);
        Assert.Equal(expected, metres, tolerance: 0.03 * expected);
        Assert.True(Math.Abs(((bearing + 180) % 360) - 180) < 3, $"bearing {bearing}");
    }

    [Fact]
    public async Task Drift_Backward_EndsSixHoursBefore()
    {
        var (exit, error) = await DriftAsync("--backward", "--wind", "6@200", "--hours", "6");
        Assert.True(exit == 0, error);
        using var summary = _run.Read("drift.json");
        var expected = DateTimeOffset.Parse(Time, CultureInfo.InvariantCulture).AddHours(-6);
        Assert.Equal(expected, summary.RootElement.GetProperty("end_time").GetDateTimeOffset());
        Assert.Equal(expected, summary.RootElement.GetProperty("datum_track").EnumerateArray().Last().GetProperty("time").GetDateTimeOffset());
    }

    [Fact]
    public async Task Drift_History_WritesEveryParticleAtEveryOutput()
    {
        var (exit, error) = await DriftAsync("--history", "--hours", "2", "--particles", "300");
        Assert.True(exit == 0, error);
        var lines = await File.ReadAllLinesAsync(Path.Combine(_run.Out, "particles.csv"), TestContext.Current.CancellationToken);
        Assert.Equal("time,particle,lat,lon,state,category", lines[0]);
        Assert.Equal(3 * 300, lines.Length - 1); // outputs at 0, 1 and 2 h
    }

    [Fact]
    public async Task Drift_LineEllipseAndDepartureWindow_AreAccepted()
    {
        var (exit, error) = await DriftAsync("--line-to", "50.97,1.40", "--line-to-time", "2026-11-20T02:00:00Z", "--hours", "2");
        Assert.True(exit == 0, error);
        Assert.Equal("line", Seed().GetProperty("shape").GetString());

        (exit, error) = await DriftAsync("--ellipse", "3000,1000,40", "--hours", "2");
        Assert.True(exit == 0, error);
        Assert.Equal("ellipse", Seed().GetProperty("shape").GetString());

        (exit, error) = await DriftAsync("--departed-by", "2026-11-20T03:00:00Z", "--hours", "2");
        Assert.True(exit == 0, error);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero), Seed().GetProperty("latest_time").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("--at", "--at nowhere", "nowhere")]
    [InlineData("--category", "--category NOT-A-CATEGORY", "NOT-A-CATEGORY")]
    [InlineData("--ellipse", "semi-minor", "1000,3000,40")]
    [InlineData("--hours", "--hours 0", "0")]
    public async Task Drift_BadInput_ExitsTwoWithOneLine(string option, string expected, string value)
    {
        string[] args = option == "--at"
            ? ["sar", "drift", "--at", value, "--time", Time, "--out", _run.Out]
            : ["sar", "drift", "--at", At, "--time", Time, "--out", _run.Out, option, value];
        var (exit, error) = await SarCommandRun.RunAsync(args);
        Assert.Equal(2, exit);
        Assert.Contains(expected, SarCommandRun.OneLine(error), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_run.Out, "drift.json")));
    }

    [Fact]
    public async Task Drift_WindFileNotCoveringTheRun_ExitsTwoNamingItsTimes()
    {
        var file = _run.Write("wind.csv", "2026-11-19T00:00:00Z,8,240\n2026-11-19T06:00:00Z,9,250\n");
        var (exit, error) = await DriftAsync("--wind-file", file, "--hours", "2");
        Assert.Equal(2, exit);
        var line = SarCommandRun.OneLine(error);
        Assert.Contains("2026-11-19", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drift_MissingForcingFile_ExitsTwoNamingIt()
    {
        var missing = Path.Combine(_run.Directory, "absent.nc");
        var (exit, error) = await DriftAsync("--forcing", missing);
        Assert.Equal(2, exit);
        Assert.Contains("--forcing " + missing, SarCommandRun.OneLine(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drift_NetCdfCurrentEast_MovesTheDatumEastByCurrentTimesDuration()
    {
        LibNetCdf.RequireInstalled();
        var path = new GridFile
        {
            EastStandardName = "x_sea_water_velocity",
            NorthStandardName = "y_sea_water_velocity",
            East = (_, _, _) => 0.5,
        }.Write(_run.Directory, "current.nc");

        // The file's times are 0, 6 and 12 h after 2024-01-01; drift two hours inside them in no wind.
        var (exit, error) = await SarCommandRun.RunAsync("sar", "drift", "--at", At, "--time", "2024-01-01T01:00:00Z", "--hours", "2", "--particles", "500",
            "--wind", "0@0", "--no-tide", "--forcing", path, "--out", _run.Out);
        Assert.True(exit == 0, error);
        var (start, end) = Ends();
        var (metres, bearing) = SarCommandRun.Haversine(start.Lat, start.Lon, end.Lat, end.Lon);
        Assert.Equal(0.5 * 2 * 3600, metres, tolerance: 0.01 * 3600);
        Assert.Equal(90, bearing, tolerance: 3);
    }

    private JsonElement Seed()
    {
        using var summary = _run.Read("drift.json");
        return summary.RootElement.GetProperty("seed").Clone();
    }

    private ((double Lat, double Lon) Start, (double Lat, double Lon) End) Ends()
    {
        using var summary = _run.Read("drift.json");
        var track = summary.RootElement.GetProperty("datum_track").EnumerateArray().ToList();
        static (double, double) Of(JsonElement p) => (p.GetProperty("lat").GetDouble(), p.GetProperty("lon").GetDouble());
        Assert.Equal(0, track[^1].GetProperty("stranded").GetDouble());
        return (Of(track[0]), Of(track[^1]));
    }
}
