using System.Net;
using System.Net.Sockets;

namespace Entente.Cli.Tests;

public sealed class SimCommandTests : IDisposable
{
    private const string Tiny = """{ "name": "tiny", "description": "Ten quiet minutes.", "start": "2026-11-21T18:00:00Z", "durationHours": 0.1667, "seed": 7 }""";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "entente-sim-" + Guid.NewGuid().ToString("N"));

    public SimCommandTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task List_NamesTheFourBuiltInScenarios()
    {
        var (exit, output, error) = await RunAsync("sim", "list");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        var names = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0]).ToList();
        Assert.Equal(["busy-night", "nov-2021", "quiet-night", "surge"], names);
        Assert.All(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.Matches(@"^\S+\s+[0-9.]+ h", l));
    }

    [Fact]
    public async Task Run_TinyScenarioFile_WritesTheThreeFilesAndASummary()
    {
        var scenario = WriteScenario("tiny.json", Tiny);
        var outDirectory = Path.Combine(_directory, "out");

        var (exit, output, error) = await RunAsync("sim", "run", scenario, "--out", outDirectory);

        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(outDirectory, "truth.jsonl")));
        Assert.True(File.Exists(Path.Combine(outDirectory, "detections.jsonl")));
        Assert.True(File.Exists(Path.Combine(outDirectory, "ais.nmea")));
        var summary = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("tiny (seed 7) to 2026-11-21T18:10:01Z: ", summary, StringComparison.Ordinal);
        Assert.Contains("truth records", summary, StringComparison.Ordinal);
        Assert.Contains("detections", summary, StringComparison.Ordinal);
        Assert.Contains("AIS lines", summary, StringComparison.Ordinal);
        Assert.Contains("boats launched 0, landed 0, rescued 0", summary, StringComparison.Ordinal);
        // Standard error is not a terminal here: occasional percentage lines, no bar.
        Assert.Contains("entente: 100% simulated", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', error);
    }

    [Fact]
    public async Task Run_SeedAndHours_OverrideTheScenario()
    {
        var scenario = WriteScenario("tiny.json", Tiny);

        var (exit, output, _) = await RunAsync("sim", "run", scenario, "--out", Path.Combine(_directory, "out"), "--seed", "42", "--hours", "0.05");

        Assert.Equal(0, exit);
        Assert.StartsWith("tiny (seed 42) to 2026-11-21T18:03:00Z: ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "name": "bad", "start": "2026-11-21T18:00:00Z", "durationHours": "long" }""", "$.durationHours")]
    [InlineData("""{ "name": "bad", "start": "2026-11-21T18:00:00Z", "durationHours": 100 }""", "$.durationHours: must be between 0.01 and 48")]
    [InlineData("""{ "name": "bad", "start": "2026-11-21T18:00:00Z", "sensors": { "radars": [ { "id": "r1" } ] } }""", "$.sensors.radars[0].site")]
    [InlineData("""{ "name": "bad", "start": "2026-11-21T18:00:00Z", "weather": {} }""", "$.weather")]
    [InlineData("""{ "name": "bad", """, "not a valid scenario")]
    public async Task Run_MalformedScenario_OneLineNamingThePathAndExitCode2(string json, string expected)
    {
        var scenario = WriteScenario("bad.json", json);
        var outDirectory = Path.Combine(_directory, "out");

        var (exit, output, error) = await RunAsync("sim", "run", scenario, "--out", outDirectory);

        Assert.Equal(EntenteCli.BadInputExitCode, exit);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("entente: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.Contains("bad.json", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDirectory));
    }

    [Fact]
    public async Task Run_UnknownScenarioName_IsBadInputListingTheBuiltIns()
    {
        var (exit, output, error) = await RunAsync("sim", "run", "no-such-night", "--out", Path.Combine(_directory, "out"));

        Assert.Equal(EntenteCli.BadInputExitCode, exit);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("'no-such-night' is neither a built-in scenario", line, StringComparison.Ordinal);
        Assert.Contains("busy-night", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("49")]
    [InlineData("NaN")]
    public async Task Run_HoursOutOfRange_IsBadInput(string hours)
    {
        var scenario = WriteScenario("tiny.json", Tiny);
        var (exit, _, error) = await RunAsync("sim", "run", scenario, "--out", Path.Combine(_directory, "out"), "--hours", hours);

        Assert.Equal(EntenteCli.BadInputExitCode, exit);
        Assert.Contains("--hours", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithoutOut_IsBadInput()
    {
        var (exit, _, error) = await RunAsync("sim", "run", "busy-night");

        Assert.Equal(EntenteCli.BadInputExitCode, exit);
        Assert.Contains("--out", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Live_TinyScenarioAtHighSpeed_RunsToTheEndAndSummarises()
    {
        var scenario = WriteScenario("tiny.json", Tiny);
        using var ais = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        using var detections = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));

        var (exit, output, error) = await RunAsync("sim", "live", scenario, "--speed", "100000",
            "--ais-udp", ais.Client.LocalEndPoint!.ToString()!, "--detections-udp", "localhost:" + ((IPEndPoint)detections.Client.LocalEndPoint!).Port);

        Assert.Equal(0, exit);
        Assert.Contains("entente: tiny live from ", error, StringComparison.Ordinal);
        Assert.Contains(" at 100000x; AIS to 127.0.0.1:", error, StringComparison.Ordinal);
        Assert.StartsWith("tiny (seed 7) to ", output, StringComparison.Ordinal);
        Assert.Contains("datagrams sent", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--ais-udp", "localhost", "--ais-udp 'localhost' is not HOST:PORT")]
    [InlineData("--ais-udp", "127.0.0.1:0", "--ais-udp '127.0.0.1:0' is not HOST:PORT")]
    [InlineData("--speed", "0", "--speed 0 is out of range")]
    public async Task Live_BadOption_IsBadInput(string option, string value, string expected)
    {
        string[] args = ["sim", "live", "busy-night", "--ais-udp", "127.0.0.1:10110", "--detections-udp", "127.0.0.1:10111"];
        var index = Array.IndexOf(args, option);
        args = index >= 0 ? [.. args[..(index + 1)], value, .. args[(index + 2)..]] : [.. args, option, value];

        var (exit, output, error) = await RunAsync(args);

        Assert.Equal(EntenteCli.BadInputExitCode, exit);
        Assert.Empty(output);
        Assert.Contains(expected, Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    private string WriteScenario(string name, string json)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, json);
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
