using System.Text;
using Entente.Rules.Alerts;
using Entente.Rules.Output;

namespace Entente.Cli.Tests;

/// <summary>entente replay on a simulated launch: alerts.jsonl with the launch naming its beach, the same bytes every
/// time, truth never read, bad lines counted, and bad input refused with exit code 2.</summary>
public sealed class ReplayCommandTests(LaunchRecording recording) : IClassFixture<LaunchRecording>, IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "entente-replay-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await EntenteCli.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static List<AlertChangeRecord> ReadAlerts(string path) => [.. File.ReadAllLines(path).Select(line =>
    {
        Assert.True(AlertChangeJson.TryParse(Encoding.UTF8.GetBytes(line), out var record, out var error), error);
        return record!;
    })];

    private string Copy(string name = "recording") => recording.CopyTo(Path.Combine(_directory, name));

    [Fact]
    public async Task Replay_SimulatedLaunch_WritesALaunchAlertNamingTheBeach()
    {
        var dir = Copy();

        var (exit, output, error) = await RunAsync("replay", dir, "--scenario", recording.ScenarioFile);

        Assert.True(exit == 0, error);
        Assert.Empty(output);
        var alerts = ReadAlerts(Path.Combine(dir, "alerts.jsonl"));
        var launch = Assert.Single(alerts, a => a.Event == AlertChangeKind.Raised && a.Type == AlertType.Launch);
        Assert.Equal("beach-wissant", launch.Zone);
        Assert.NotNull(launch.DetectedAt);
        Assert.True(launch.LaunchedAt <= launch.DetectedAt && launch.DetectedAt <= launch.Time);
        Assert.Contains("Wissant", launch.Message, StringComparison.Ordinal);
        Assert.InRange(launch.Time, new DateTimeOffset(2026, 11, 21, 18, 3, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 21, 18, 8, 0, TimeSpan.Zero));
        Assert.All(alerts.Zip(alerts.Skip(1)), p => Assert.True(p.First.Time <= p.Second.Time));
        Assert.True(File.ReadAllBytes(Path.Combine(dir, "alerts.jsonl")).All(b => b != '\r'));

        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.Contains("(0 bad)", lines[0], StringComparison.Ordinal);
        Assert.Contains("frames every 10 s", lines[0], StringComparison.Ordinal);
        Assert.Contains("tidal stream of scenario one-launch: 2.8 kn at peak, flood setting 035°, peak flood 2026-11-21T20:00:00Z", lines[0], StringComparison.Ordinal);
        Assert.Contains("launch 1", lines[1], StringComparison.Ordinal);
        Assert.Contains("0 incidents opened", lines[2], StringComparison.Ordinal);
        Assert.Contains("no outcome reports written to", lines[3], StringComparison.Ordinal);
        Assert.Matches(@"^entente replay: 11 min \d\d s of recording in [0-9.]+ s, [0-9,]+× real time\.$", lines[4]);
    }

    [Fact]
    public async Task Replay_TwiceIntoTwoDirectories_WritesTheSameBytes_AndNeverReadsTheTruth()
    {
        var dir = Copy();
        var (first, _, firstError) = await RunAsync("replay", dir, "--out", Path.Combine(_directory, "a"), "--scenario", "busy-night");
        // A recording without truth (any real one) replays the same: the truth is for scoring only.
        File.WriteAllText(Path.Combine(dir, "truth.jsonl"), "not the truth\n");
        var (second, _, secondError) = await RunAsync("replay", dir, "--out", Path.Combine(_directory, "b"), "--scenario", "busy-night");

        Assert.True(first == 0, firstError);
        Assert.True(second == 0, secondError);
        var a = File.ReadAllBytes(Path.Combine(_directory, "a", "alerts.jsonl"));
        Assert.NotEmpty(a);
        Assert.Equal(a, File.ReadAllBytes(Path.Combine(_directory, "b", "alerts.jsonl")));
        Assert.False(File.Exists(Path.Combine(dir, "alerts.jsonl")));
    }

    [Fact]
    public async Task BadDetectionLines_AreCountedAndReported_AndTheRestIsReplayed()
    {
        var dir = Copy();
        var detections = Path.Combine(dir, "detections.jsonl");
        var lines = File.ReadAllLines(detections).ToList();
        lines.Insert(10, "{\"time\":\"not a time\",\"sensor\":\"x\",\"kind\":\"radar\"}");
        lines.Insert(20, "garbage");
        File.WriteAllLines(detections, lines);

        var (exit, _, error) = await RunAsync("replay", dir);

        Assert.Equal(0, exit);
        Assert.Contains("detections line 11: 'time'", error, StringComparison.Ordinal);
        Assert.Contains("detections line 21: Not a JSON object", error, StringComparison.Ordinal);
        Assert.Contains("(2 bad)", error, StringComparison.Ordinal);
        Assert.Contains(ReadAlerts(Path.Combine(dir, "alerts.jsonl")), a => a.Type == AlertType.Launch && a.Zone == "beach-wissant");
    }

    [Fact]
    public async Task Replay_WithoutATide_SaysStillWater_AndAisAloneIsEnough()
    {
        var dir = Copy();
        File.Delete(Path.Combine(dir, "detections.jsonl"));

        var (exit, _, error) = await RunAsync("replay", dir, "--frame", "30s");

        Assert.True(exit == 0, error);
        Assert.Contains("0 detection lines (0 bad)", error, StringComparison.Ordinal);
        Assert.Contains("frames every 30 s", error, StringComparison.Ordinal);
        Assert.Contains("no tidal stream given, still water assumed", error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir, "alerts.jsonl")));
    }

    [Fact]
    public async Task Replay_TideFromOptions_IsDescribed()
    {
        var dir = Copy();

        var (exit, _, error) = await RunAsync("replay", dir, "--tide-max-kn", "2.5", "--tide-flood-deg", "40", "--tide-flood-peak", "2026-11-21T19:30:00Z");

        Assert.True(exit == 0, error);
        Assert.Contains("tidal stream from the options: 2.5 kn at peak, flood setting 040°, peak flood 2026-11-21T19:30:00Z", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_DirectoryWithNeitherFile_IsBadInput()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "truth.jsonl"), "");

        var (exit, output, error) = await RunAsync("replay", _directory);

        Assert.Equal(EntenteCli.BadInputExitCode, exit);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"entente: '{_directory}' holds neither detections.jsonl nor ais.nmea: there is nothing to replay.", line);
        Assert.False(File.Exists(Path.Combine(_directory, "alerts.jsonl")));
    }

    [Theory]
    [InlineData("'no-such-night' is neither a built-in scenario", "--scenario", "no-such-night")]
    [InlineData("go together: give all three", "--tide-max-kn", "2")]
    [InlineData("not both", "--scenario", "busy-night", "--tide-max-kn", "2", "--tide-flood-deg", "35", "--tide-flood-peak", "2026-11-21T20:00:00Z")]
    [InlineData("--tide-max-kn 11 is out of range", "--tide-max-kn", "11", "--tide-flood-deg", "35", "--tide-flood-peak", "2026-11-21T20:00:00Z")]
    [InlineData("--tide-flood-deg 400 is out of range", "--tide-max-kn", "2", "--tide-flood-deg", "400", "--tide-flood-peak", "2026-11-21T20:00:00Z")]
    [InlineData("--tide-flood-peak soon is not an ISO 8601 time", "--tide-max-kn", "2", "--tide-flood-deg", "35", "--tide-flood-peak", "soon")]
    [InlineData("--frame 0s is not an interval", "--frame", "0s")]
    public async Task BadOptions_AreRefusedWithOneLine(string message, params string[] options)
    {
        var dir = Copy();

        var (exit, _, error) = await RunAsync(["replay", dir, .. options]);

        Assert.Equal(EntenteCli.BadInputExitCode, exit);
        Assert.Contains(message, Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir, "alerts.jsonl")));
    }

    [Fact]
    public async Task Replay_NotADirectory_IsBadInput()
    {
        var (exit, _, error) = await RunAsync("replay", Path.Combine(_directory, "missing"));

        Assert.Equal(EntenteCli.BadInputExitCode, exit);
        Assert.Contains("is not a directory", error, StringComparison.Ordinal);
    }
}
