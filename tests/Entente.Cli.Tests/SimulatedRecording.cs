namespace Entente.Cli.Tests;

/// <summary>A recording made once per test class by <c>entente sim run</c> of a small scenario given as JSON.</summary>
public abstract class SimulatedRecording(string scenario, string name) : IAsyncLifetime
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "entente-recording-" + Guid.NewGuid().ToString("N"));

    public string ScenarioFile => Path.Combine(Directory, name + ".json");

    public string Recording => Path.Combine(Directory, "recording");

    public async ValueTask InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        await File.WriteAllTextAsync(ScenarioFile, scenario);
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
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
