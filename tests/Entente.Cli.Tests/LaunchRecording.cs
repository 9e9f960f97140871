namespace Entente.Cli.Tests;

/// <summary>A recording made once per test class by <c>entente sim run</c> of a small scenario: one boat leaving Wissant
/// beach in sight of the Gris-Nez radar and a beach sensor, a few ships with AIS, twelve minutes.</summary>
public sealed class LaunchRecording : IAsyncLifetime
{
    public const string Scenario = """
        {
          "name": "one-launch",
          "description": "One boat leaves Wissant in sight of the Gris-Nez radar.",
          "start": "2026-11-21T18:00:00Z",
          "durationHours": 0.2,
          "seed": 3,
          "traffic": { "merchantShipsPerDay": 100 },
          "crossings": { "boats": [ { "id": "boat-1", "beach": "beach-wissant", "launchMinutes": 3, "people": 45 } ] },
          "sensors": {
            "radars": [ { "id": "radar-gris-nez", "site": "radar-gris-nez" } ],
            "beachSensors": [ { "beaches": [ "beach-wissant" ] } ],
            "aisReceivers": [ { "id": "ais-dover", "position": { "lat": 51.13, "lon": 1.34 } } ]
          }
        }
        """;

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "entente-recording-" + Guid.NewGuid().ToString("N"));

    public string ScenarioFile => Path.Combine(Directory, "one-launch.json");

    public string Recording => Path.Combine(Directory, "recording");

    public async ValueTask InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        await File.WriteAllTextAsync(ScenarioFile, Scenario);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await EntenteCli.RunAsync(["sim", "run", ScenarioFile, "--out", Recording], output, error);
        Assert.True(exit == 0, error.ToString());
    }

    /// <summary>A copy of the recording's files, for a test to change.</summary>
    public string CopyTo(string directory)
    {
        System.IO.Directory.CreateDirectory(directory);
        foreach (var file in System.IO.Directory.GetFiles(Recording))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        return directory;
    }

    public ValueTask DisposeAsync()
    {
        System.IO.Directory.Delete(Directory, recursive: true);
        return ValueTask.CompletedTask;
    }
}
