using System.Globalization;
using Entente.Core.Identifiers;
using Entente.Core.Positions;
using Entente.Incidents.Centres;
using Entente.Incidents.Incidents;
using Entente.Incidents.Output;

namespace Entente.Cli.Tests.Sar;

/// <summary><c>entente sar plan</c>: a search plan for a datum or an incident's datum, written as GeoJSON and JSON.</summary>
public sealed class SarPlanCommandTests : IDisposable
{
    private const string Time = "2026-11-20T01:00:00Z";
    private static readonly (string Name, double Knots, double SweepMetres, double Hours)[] Assets = [("ALPHA", 12, 600, 2), ("BRAVO", 10, 500, 1.5)];

    private readonly SarCommandRun _run = new();

    public void Dispose() => _run.Dispose();

    private static string[] AssetArguments() =>
        [.. Assets.SelectMany(a => new[] { "--asset", string.Create(CultureInfo.InvariantCulture, $"{a.Name}:{a.Knots}:{a.SweepMetres}:{a.Hours}") })];

    private Task<(int Exit, string Error)> PlanAsync(params string[] more) =>
        SarCommandRun.RunAsync(["sar", "plan", "--wind", "8@240", "--no-tide", "--particles", "1000", "--out", _run.Out, .. AssetArguments(), .. more]);

    [Fact]
    public async Task Plan_FromADatum_TwoAssets_GivesTwoPatternsWithinTheirEndurance()
    {
        var (exit, error) = await PlanAsync("--datum", "50.95,1.45", "--time", Time, "--sigma", "2000");
        Assert.True(exit == 0, error);
        using var geo = _run.Read("plan.geojson");
        var tracks = geo.RootElement.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("role").GetString() == "track").ToList();
        Assert.Equal(2, tracks.Count);
        Assert.All(tracks, t => Assert.Equal("LineString", t.GetProperty("geometry").GetProperty("type").GetString()));
        var total = geo.RootElement.GetProperty("total_pos").GetDouble();
        Assert.InRange(total, double.Epsilon, 1);

        foreach (var track in tracks)
        {
            var asset = Assets.Single(a => a.Name == track.GetProperty("properties").GetProperty("asset").GetString());

            // The track's own length, flown at the asset's search speed, fits its endurance (0.5% for the sphere).
            var points = track.GetProperty("geometry").GetProperty("coordinates").EnumerateArray()
                .Select(p => (Lon: p[0].GetDouble(), Lat: p[1].GetDouble())).ToList();
            var metres = points.Zip(points.Skip(1), (a, b) => SarCommandRun.Haversine(a.Lat, a.Lon, b.Lat, b.Lon).Metres).Sum();
            var hours = metres / (asset.Knots * 1852.0 / 3600) / 3600;
            Assert.True(hours <= asset.Hours * 1.005, $"{asset.Name}: {hours:0.000} h of track, endurance {asset.Hours} h");
            Assert.True(hours > 0.5 * asset.Hours, $"{asset.Name}: only {hours:0.000} h of {asset.Hours} h used");
        }

        using var summary = _run.Read("plan.json");
        var assignments = summary.RootElement.GetProperty("assignments").EnumerateArray().ToList();
        Assert.Equal(2, assignments.Count);
        Assert.All(assignments, a => Assert.True(a.GetProperty("hours").GetDouble() <= Assets.Single(s => s.Name == a.GetProperty("asset").GetString()).Hours));

        // The total is the chance that not every assignment misses, each conditional on the ones before.
        var missed = assignments.Aggregate(1.0, (m, a) => m * (1 - a.GetProperty("conditional_pos").GetDouble()));
        Assert.Equal(1 - missed, summary.RootElement.GetProperty("total_pos").GetDouble(), tolerance: 1e-9);
        Assert.Equal(total, summary.RootElement.GetProperty("total_pos").GetDouble(), tolerance: 1e-12);
        Assert.Equal(Time, summary.RootElement.GetProperty("plan_time").GetString());
    }

    [Fact]
    public async Task Plan_LaterThanTheDatum_SearchesWhereTheDatumDrifted()
    {
        var (exit, error) = await SarCommandRun.RunAsync(["sar", "plan", "--datum", "50.95,1.45", "--time", Time, "--sigma", "300", "--at", "2026-11-20T07:00:00Z",
            "--wind", "10@180", "--no-tide", "--category", "REFUGEE-RAFT-1", "--particles", "2000", "--out", _run.Out, .. AssetArguments()]);
        Assert.True(exit == 0, error);
        using var summary = _run.Read("plan.json");
        var datum = summary.RootElement.GetProperty("search_datum");

        // Six hours of REFUGEE-RAFT-1 downwind leeway in 10 m/s: 0.01·(1.56·10 + 8.30) m/s.
        var expected = 0.01 * ((1.56 * 10) + 8.30) * 6 * 3600;
        var (metres, bearing) = SarCommandRun.Haversine(50.95, 1.45, datum.GetProperty("lat").GetDouble(), datum.GetProperty("lon").GetDouble());
        Assert.Equal(expected, metres, tolerance: 0.04 * expected);
        Assert.True(Math.Abs(((bearing + 180) % 360) - 180) < 5, $"bearing {bearing}");
        Assert.Equal("2026-11-20T07:00:00Z", summary.RootElement.GetProperty("plan_time").GetString());
    }

    [Fact]
    public async Task Plan_WindSeries_GivesTheWindDirectionAtTheSearchTime()
    {
        var wind = _run.Write("wind.csv", "2026-11-20T00:00:00Z,8,300\n2026-11-20T06:00:00Z,8,300\n");
        var (exit, error) = await SarCommandRun.RunAsync(["sar", "plan", "--datum", "50.95,1.45", "--time", Time, "--sigma", "500", "--at", "2026-11-20T02:00:00Z",
            "--wind-file", wind, "--no-tide", "--particles", "1000", "--out", _run.Out, .. AssetArguments()]);
        Assert.True(exit == 0, error);
        using var summary = _run.Read("plan.json");
        Assert.Equal(300, summary.RootElement.GetProperty("wind_from_deg").GetDouble(), tolerance: 0.1);
    }

    [Fact]
    public async Task Plan_FromAnIncident_UsesItsLatestDatum()
    {
        var file = WriteIncidents(out var latest);
        var (exit, error) = await PlanAsync("--incidents", file, "--incident", "INC-00001");
        Assert.True(exit == 0, error);
        using var summary = _run.Read("plan.json");
        Assert.Equal("INC-00001", summary.RootElement.GetProperty("incident").GetString());
        var datum = summary.RootElement.GetProperty("datum");
        Assert.Equal(latest.Position.LatitudeDegrees, datum.GetProperty("lat").GetDouble(), tolerance: 1e-6);
        Assert.Equal(latest.Position.LongitudeDegrees, datum.GetProperty("lon").GetDouble(), tolerance: 1e-6);
        Assert.Equal(latest.Time, datum.GetProperty("time").GetDateTimeOffset());
        Assert.Equal(latest.SigmaMetres, datum.GetProperty("sigma_m").GetDouble(), tolerance: 0.05);
        Assert.Equal(latest.Time, summary.RootElement.GetProperty("plan_time").GetDateTimeOffset());
        Assert.NotEmpty(summary.RootElement.GetProperty("assignments").EnumerateArray());
    }

    [Fact]
    public async Task Plan_UnknownIncident_ExitsTwoWithOneLine()
    {
        var file = WriteIncidents(out _);
        var (exit, error) = await PlanAsync("--incidents", file, "--incident", "INC-00009");
        Assert.Equal(2, exit);
        var line = SarCommandRun.OneLine(error);
        Assert.Contains("INC-00009", line, StringComparison.Ordinal);
        Assert.Contains("INC-00001", line, StringComparison.Ordinal); // what the file does hold
    }

    [Fact]
    public async Task Plan_UnreadableLine_ExitsTwoNamingTheLine()
    {
        var file = WriteIncidents(out _);
        await File.AppendAllTextAsync(file, "{\"time\":\"2026-11-20T05:00:00.000Z\",\"incident\":\"INC-00001\",\"event\":\"datum-moved\"}\n", TestContext.Current.CancellationToken);
        var lines = (await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken)).Length;
        var (exit, error) = await PlanAsync("--incidents", file, "--incident", "INC-00001");
        Assert.Equal(2, exit);
        Assert.Contains($"line {lines}", SarCommandRun.OneLine(error), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ALPHA:12:600")]
    [InlineData("ALPHA:fast:600:2")]
    [InlineData("ALPHA:12:600:0")]
    [InlineData(":12:600:2")]
    public async Task Plan_MalformedAsset_ExitsTwoNamingIt(string asset)
    {
        var (exit, error) = await SarCommandRun.RunAsync("sar", "plan", "--datum", "50.95,1.45", "--time", Time, "--sigma", "1000", "--asset", asset, "--out", _run.Out);
        Assert.Equal(2, exit);
        Assert.Contains("--asset " + asset, SarCommandRun.OneLine(error), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_run.Out, "plan.json")));
    }

    [Fact]
    public async Task Plan_BothDatumAndIncident_ExitsTwo()
    {
        var file = WriteIncidents(out _);
        var (exit, error) = await PlanAsync("--incidents", file, "--incident", "INC-00001", "--datum", "50.95,1.45");
        Assert.Equal(2, exit);
        Assert.Contains("not both", SarCommandRun.OneLine(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_PreviousPos_CombinesIntoTheCumulativePos()
    {
        var (exit, error) = await PlanAsync("--datum", "50.95,1.45", "--time", Time, "--sigma", "2000", "--previous-pos", "0.5");
        Assert.True(exit == 0, error);
        using var summary = _run.Read("plan.json");
        var total = summary.RootElement.GetProperty("total_pos").GetDouble();
        Assert.InRange(total, 0.01, 0.99);
        Assert.Equal(1 - (0.5 * (1 - total)), summary.RootElement.GetProperty("cumulative_pos").GetDouble(), tolerance: 1e-9);
    }

    // Two incidents: INC-00001 opened off Wissant and its datum moved by drift; INC-00002 elsewhere, in between.
    private string WriteIncidents(out Datum latest)
    {
        var t0 = new DateTimeOffset(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);
        var first = SarIncident.Open(IncidentId.FromInt64(1), t0, Actor.System, "ALR-00001",
            new Datum(GeoPosition.FromDegrees(50.92, 1.50), t0, 400, DatumBasis.Track, 12), CoordinationCentre.CrossGrisNez, new PeopleCount(40), "Boat stopped at sea.");
        var second = SarIncident.Open(IncidentId.FromInt64(2), t0.AddMinutes(5), Actor.System, "ALR-00002",
            new Datum(GeoPosition.FromDegrees(51.05, 1.40), t0.AddMinutes(5), 300, DatumBasis.Report), CoordinationCentre.HmcgDover, new PeopleCount(10), "Distress call.");
        latest = new Datum(GeoPosition.FromDegrees(50.955, 1.47), t0.AddHours(1), 1500, DatumBasis.Drift);
        var moved = first.MoveDatum(latest, Actor.System, "Drift prediction.");
        var lines = new[] { first.Log[0], second.Log[0], moved }.Select(IncidentEventJson.Write);
        return _run.Write("incidents.jsonl", string.Join('\n', lines) + "\n");
    }
}
