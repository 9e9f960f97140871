using System.Globalization;
using System.Text.Json;
using Entente.Core.Geodesy;
using Entente.Core.Positions;

namespace Entente.Cli.Tests;

/// <summary>
/// entente track eval on small hand-made files: a small boat heading north at 10 kn, tracked exactly but with a gap in
/// the track frames that must be bridged by dead reckoning; a ship with AIS at rest, tracked 30 m off; an aircraft and
/// a landed boat that must be ignored. Truth every 20 s from 19:00:00 to 19:01:20; track frames at 0, 20 and 30 s only.
/// </summary>
public sealed class TrackEvalCommandTests : IDisposable
{
    private const double BoatMetresPerSecond = 10 * 1852.0 / 3600;
    private static readonly GeoPosition BoatStart = GeoPosition.FromDegrees(51.0, 1.5);
    private static readonly GeoPosition Ship = GeoPosition.FromDegrees(51.05, 1.6);
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 19, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "entente-eval-" + Guid.NewGuid().ToString("N"));

    public TrackEvalCommandTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Json_ScoresTheHandMadeRun()
    {
        var (truth, tracks) = WriteRun();

        var (exit, output, error) = await RunAsync("track", "eval", "--truth", truth, "--tracks", tracks, "--json");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(5, root.GetProperty("frames").GetInt32());
        Assert.Equal(20, root.GetProperty("frame_interval_s").GetDouble());
        Assert.Equal(3, root.GetProperty("track_frames").GetInt32());
        Assert.False(root.GetProperty("coverage_from_detections").GetBoolean());
        var boat = root.GetProperty("classes").GetProperty("small-boat");
        var ship = root.GetProperty("classes").GetProperty("vessel-ais");
        // The aircraft and the landed boat are not scored: one boat, one ship, no dark vessel.
        Assert.Equal(1, boat.GetProperty("truths").GetInt32());
        Assert.Equal(1, ship.GetProperty("truths").GetInt32());
        Assert.Equal(0, root.GetProperty("classes").GetProperty("vessel-no-ais").GetProperty("truths").GetInt32());
        // At 80 s the last track frame is 50 s old, beyond the 30 s match window: both truths are missed there.
        Assert.Equal(0.8, boat.GetProperty("completeness").GetDouble());
        // Dead reckoning from the frame at 30 s puts the boat's track on it at 40 and 60 s (undone, it would be 51 m and 154 m off).
        Assert.True(boat.GetProperty("pa_m").GetDouble() < 0.01, boat.GetProperty("pa_m").ToString());
        Assert.Equal(30, ship.GetProperty("pa_m").GetDouble(), 2);
        Assert.Equal(1, ship.GetProperty("mmsi_correct").GetDouble());
        Assert.Equal(1, root.GetProperty("overall").GetProperty("class_correct").GetDouble());
        Assert.Equal(0, root.GetProperty("overall").GetProperty("spuriousness").GetDouble());
        Assert.Equal(0, root.GetProperty("overall").GetProperty("track_number_changes").GetInt32());
        Assert.Equal(0, root.GetProperty("overall").GetProperty("latency_median_s").GetDouble());
        Assert.False(root.GetProperty("classes").GetProperty("vessel-no-ais").TryGetProperty("completeness", out _));
    }

    [Fact]
    public async Task Table_HasTheSummaryAndOneRowPerClass()
    {
        var (truth, tracks) = WriteRun();

        var (exit, output, error) = await RunAsync("track", "eval", "--truth", truth, "--tracks", tracks);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("5 truth frames 20 s apart, 3 track frames, 0 radar detections; every truth counts", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("GOSPA (c = 500 m, p = 2): mean ", lines[1], StringComparison.Ordinal);
        Assert.Contains("mean terms (m²): localisation ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("class ", lines[3], StringComparison.Ordinal);
        Assert.Equal(["all", "small-boat", "vessel-ais", "vessel-no-ais"], lines[4..].Select(l => l.Split(' ')[0]));
        Assert.Contains("80.0%", lines[5], StringComparison.Ordinal);
        Assert.Matches(@"^vessel-no-ais\s+0\s+0\.0\s+-\s+-", lines[7]);
    }

    [Fact]
    public async Task Detections_KeepUndetectedTruthsOutOfCoverage()
    {
        var (truth, tracks) = WriteRun();
        var detections = new List<string>();
        for (var s = 0; s <= 80; s += 20)
        {
            detections.Add(Radar(s, "ship-1"));
        }

        detections.Insert(1, $$"""{"time":"{{Time(1)}}","sensor":"beach-wissant","kind":"ground","lat":51,"lon":1.5,"sigma_m":150,"truth_id":"boat-1"}""");
        detections.Insert(2, """{"time":"2026-11-21T19:00:02.000Z","sensor":"radar-gris-nez","kind":"radar","sensor_lat":50.87,"sensor_lon":1.58,"range_m":9000,"bearing_deg":10,"sigma_range_m":20,"sigma_bearing_deg":0.3}""");
        detections.Insert(3, "{ not a detection");
        var path = Write("detections.jsonl", detections);

        var (exit, output, error) = await RunAsync("track", "eval", "--truth", truth, "--tracks", tracks, "--detections", path, "--coverage-min", "1", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.True(root.GetProperty("coverage_from_detections").GetBoolean());
        Assert.Equal(5, root.GetProperty("detections").GetInt32());
        Assert.Equal(1, root.GetProperty("bad_lines").GetProperty("detections").GetInt32());
        // Only radar plots count: the boat was never seen by radar, so it is not scored, and its track, on an object out of
        // coverage, is neither credited nor false.
        var boat = root.GetProperty("classes").GetProperty("small-boat");
        Assert.Equal(0, boat.GetProperty("truths").GetInt32());
        Assert.False(boat.TryGetProperty("spuriousness", out _));
        Assert.Equal(0, root.GetProperty("overall").GetProperty("spuriousness").GetDouble());
        Assert.Equal(0.8, root.GetProperty("classes").GetProperty("vessel-ais").GetProperty("completeness").GetDouble());
        Assert.Contains("detections.jsonl line 4: Not a JSON object", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadLines_AreCountedAndShownWithLineNumbers_AndTheRunGoesOn()
    {
        var (truth, tracks) = WriteRun(badTruthLine: true, badTrackLine: true);

        var (exit, output, error) = await RunAsync("track", "eval", "--truth", truth, "--tracks", tracks, "--json");

        Assert.Equal(0, exit);
        Assert.Contains("truth.jsonl line 4: Not a truth record", error, StringComparison.Ordinal);
        Assert.Contains("tracks.jsonl line 2: tracks[0]: 'class' must be unknown, vessel-ais or small-boat.", error, StringComparison.Ordinal);
        Assert.Contains("entente: skipped 2 bad lines (truth 1, tracks 1).", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(5, json.RootElement.GetProperty("frames").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("bad_lines").GetProperty("truth").GetInt32());
    }

    [Fact]
    public async Task CrLfLineEndsAndNoFinalNewline_AreRead()
    {
        var (truth, tracks) = WriteRun();
        File.WriteAllText(truth, File.ReadAllText(truth).TrimEnd('\n').Replace("\n", "\r\n", StringComparison.Ordinal));

        var (exit, output, _) = await RunAsync("track", "eval", "--truth", truth, "--tracks", tracks, "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(5, json.RootElement.GetProperty("frames").GetInt32());
    }

    [Theory]
    [InlineData("--cutoff-m", "0", "--cutoff-m 0 is out of range")]
    [InlineData("--p", "0.5", "--p 0.5 is out of range")]
    public async Task OptionsOutOfRange_AreBadInput(string option, string value, string expected)
    {
        var (truth, tracks) = WriteRun();

        var (exit, output, error) = await RunAsync("track", "eval", "--truth", truth, "--tracks", tracks, option, value);

        Assert.Equal(EntenteCli.BadInputExitCode, exit);
        Assert.Empty(output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFile_IsBadInput()
    {
        var (truth, _) = WriteRun();

        var (exit, _, error) = await RunAsync("track", "eval", "--truth", truth, "--tracks", Path.Combine(_directory, "none.jsonl"));

        Assert.Equal(EntenteCli.BadInputExitCode, exit);
        Assert.Contains("cannot read", error, StringComparison.Ordinal);
        Assert.Contains("none.jsonl': no such file.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutTracks_IsBadInput()
    {
        var (exit, _, error) = await RunAsync("track", "eval", "--truth", "truth.jsonl");

        Assert.Equal(EntenteCli.BadInputExitCode, exit);
        Assert.Contains("--tracks", error, StringComparison.Ordinal);
    }

    private (string Truth, string Tracks) WriteRun(bool badTruthLine = false, bool badTrackLine = false)
    {
        var truth = new List<string>();
        for (var s = 0; s <= 80; s += 20)
        {
            truth.Add(TruthLine(s, "boat-1", "small-boat", Boat(s), 10, 0, "underway", null));
            truth.Add(TruthLine(s, "ship-1", "ship", Ship, 0, 0, "stopped", 235000001));
            truth.Add(TruthLine(s, "heli-1", "aircraft", GeoPosition.FromDegrees(51.1, 1.4), 90, 45, "underway", null));
            truth.Add(TruthLine(s, "boat-2", "small-boat", GeoPosition.FromDegrees(51.1, 1.3), 0, 0, "landed", null));
        }

        if (badTruthLine)
        {
            truth.Insert(3, """{"time":"2026-11-21T19:00:00.000Z","id":"x"}""");
        }

        var shipTrack = Geodesic.Direct(Ship, 0, 30).Position;
        var tracks = new List<string>();
        foreach (var s in new[] { 0, 20, 30 })
        {
            tracks.Add($$"""{"time":"{{Time(s)}}","tracks":[{{TrackJson(1, Boat(s), 10, 0, "small-boat", null)}},{{TrackJson(2, shipTrack, 0, 0, "vessel-ais", 235000001)}}]}""");
        }

        if (badTrackLine)
        {
            tracks.Insert(1, $$"""{"time":"{{Time(10)}}","tracks":[{"id":1,"lat":51,"lon":1.5,"sog_kn":1,"cog_deg":1,"sigma_m":1,"class":"boat","class_conf":0.5,"status":"confirmed"}]}""");
        }

        return (Write("truth.jsonl", truth), Write("tracks.jsonl", tracks));
    }

    private static GeoPosition Boat(double seconds) => Geodesic.Direct(BoatStart, 0, BoatMetresPerSecond * seconds).Position;

    private static string Time(double seconds) => Start.AddSeconds(seconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string TruthLine(double seconds, string id, string kind, GeoPosition p, double speed, double course, string state, int? mmsi) =>
        string.Create(CultureInfo.InvariantCulture,
            $$"""{"time":"{{Time(seconds)}}","id":"{{id}}","kind":"{{kind}}","lat":{{p.LatitudeDegrees:0.#######}},"lon":{{p.LongitudeDegrees:0.#######}},"speed_kn":{{speed}},"course_deg":{{course}},"people":3,"state":"{{state}}"{{(mmsi is { } m ? ",\"mmsi\":" + m : "")}}}""");

    private static string TrackJson(long id, GeoPosition p, double speed, double course, string cls, int? mmsi) =>
        string.Create(CultureInfo.InvariantCulture,
            $$"""{"id":{{id}},"lat":{{p.LatitudeDegrees:0.#######}},"lon":{{p.LongitudeDegrees:0.#######}},"sog_kn":{{speed}},"cog_deg":{{course}},"sigma_m":20,"class":"{{cls}}","class_conf":0.9,"status":"confirmed"{{(mmsi is { } m ? ",\"mmsi\":" + m : "")}}}""");

    private static string Radar(double seconds, string truthId) =>
        $$"""{"time":"{{Time(seconds)}}","sensor":"radar-gris-nez","kind":"radar","sensor_lat":50.87,"sensor_lon":1.58,"range_m":9000,"bearing_deg":10,"sigma_range_m":20,"sigma_bearing_deg":0.3,"truth_id":"{{truthId}}"}""";

    private string Write(string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await EntenteCli.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
