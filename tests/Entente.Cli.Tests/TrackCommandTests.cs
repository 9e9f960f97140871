using System.Text;
using System.Text.Json;
using Entente.Tracking.Output;

namespace Entente.Cli.Tests;

/// <summary>entente track on a quarter of an hour of the simulated busy night: the picture every 10 s, bad lines
/// counted, the pipeline described, bad options refused.</summary>
public sealed class TrackCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "entente-track-" + Guid.NewGuid().ToString("N"));

    public TrackCommandTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await EntenteCli.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private async Task<string> SimulateAsync()
    {
        var (exit, _, error) = await RunAsync("sim", "run", "busy-night", "--out", _directory, "--hours", "0.25");
        Assert.True(exit == 0, error);
        return _directory;
    }

    [Fact]
    public async Task TheNight_BecomesAFrameEveryTenSeconds_WithShipsNamedByAis_AndScoresWell()
    {
        var dir = await SimulateAsync();
        var tracks = Path.Combine(dir, "tracks.jsonl");

        var (exit, _, error) = await RunAsync("track", "--ais", Path.Combine(dir, "ais.nmea"), "--detections", Path.Combine(dir, "detections.jsonl"),
            "--out", tracks, "--every", "10s");

        Assert.Equal(0, exit);
        Assert.Contains("0 bad", error, StringComparison.Ordinal);
        var frames = File.ReadAllLines(tracks).Select(line =>
        {
            Assert.True(TrackFrameJson.TryParse(Encoding.UTF8.GetBytes(line), out var frame, out var problem), problem);
            return frame!;
        }).ToList();
        Assert.InRange(frames.Count, 85, 95);
        Assert.All(frames, f => Assert.Equal(0, f.Time.ToUnixTimeSeconds() % 10));
        Assert.All(frames.Zip(frames.Skip(1)), p => Assert.Equal(TimeSpan.FromSeconds(10), p.Second.Time - p.First.Time));
        var last = frames[^1].Tracks;
        Assert.True(last.Count(t => t.Mmsi is not null) > 50, $"{last.Count(t => t.Mmsi is not null)} named tracks");
        Assert.All(last, t => Assert.NotEqual(Tracking.Tracks.TrackStatus.Tentative, t.Status));

        var (evalExit, output, evalError) = await RunAsync("track", "eval", "--truth", Path.Combine(dir, "truth.jsonl"), "--tracks", tracks,
            "--detections", Path.Combine(dir, "detections.jsonl"), "--json");
        Assert.True(evalExit == 0, evalError);
        using var json = JsonDocument.Parse(output);
        var ships = json.RootElement.GetProperty("classes").GetProperty("vessel-ais");
        Assert.True(ships.GetProperty("completeness").GetDouble() > 0.95, ships.ToString());
        Assert.True(ships.GetProperty("mmsi_correct").GetDouble() > 0.95, ships.ToString());
    }

    [Fact]
    public async Task BadDetectionLines_AreCountedAndReported_AndTheRestIsTracked()
    {
        var dir = await SimulateAsync();
        var detections = Path.Combine(dir, "detections.jsonl");
        var lines = File.ReadAllLines(detections).ToList();
        lines.Insert(10, "{\"time\":\"not a time\",\"sensor\":\"x\",\"kind\":\"radar\"}");
        lines.Insert(20, "garbage");
        File.WriteAllLines(detections, lines);

        var (exit, output, error) = await RunAsync("track", "--detections", detections, "--out", "-");

        Assert.Equal(0, exit);
        Assert.Contains("detections line 11:", error, StringComparison.Ordinal);
        Assert.Contains("detections line 21:", error, StringComparison.Ordinal);
        Assert.Contains("(2 bad)", error, StringComparison.Ordinal);
        Assert.True(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 80);
    }

    [Fact]
    public async Task Describe_PrintsTheComposedPipeline()
    {
        var (exit, output, _) = await RunAsync("track", "--describe", "--motion", "imm");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var components = json.RootElement.GetProperty("components").EnumerateArray().ToList();
        Assert.Contains(components, c => c.GetProperty("role").GetString() == "predictor" && c.GetProperty("type").GetString() == "ImmPredictor");
        Assert.Contains(components, c => c.GetProperty("role").GetString() == "gater" && c.GetProperty("name").GetString() == "spatial-grid");
    }

    [Theory]
    [InlineData("Give --ais FILE, --detections FILE or both", "track", "--out", "-")]
    [InlineData("--every 0s is not an interval", "track", "--detections", "x.jsonl", "--out", "-", "--every", "0s")]
    [InlineData("--motion kalman does not exist: choose one of cv, imm", "track", "--detections", "x.jsonl", "--out", "-", "--motion", "kalman")]
    [InlineData("--detections missing.jsonl:", "track", "--detections", "missing.jsonl", "--out", "-")]
    [InlineData("--process-noise -1 is out of range", "track", "--detections", "x.jsonl", "--out", "-", "--process-noise", "-1")]
    public async Task BadOptions_AreRefusedWithOneLine(string message, params string[] args)
    {
        var (exit, _, error) = await RunAsync(args);
        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
