using System.Text.Json;

namespace Entente.Simulation.Scenarios;

/// <summary>
/// A validated scenario: a night in the Strait with its window, seed, environment, traffic, crossings and sensors
/// (docs/formats/scenario.md). The same scenario and seed always simulate to the same bytes.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class Scenario
{
    private Scenario(ScenarioDocument document)
    {
        Document = document;
    }

    /// <summary>The scenario's name.</summary>
    public string Name => Document.Name!;

    /// <summary>What it shows, in a sentence or two.</summary>
    public string Description => Document.Description ?? string.Empty;

    /// <summary>The start of the simulated window, UTC.</summary>
    public DateTimeOffset Start => Document.Start!.Value.ToUniversalTime();

    /// <summary>The length of the simulated window.</summary>
    public TimeSpan Duration => TimeSpan.FromHours(Document.DurationHours);

    /// <summary>The end of the simulated window, UTC.</summary>
    public DateTimeOffset End => Start + Duration;

    /// <summary>The random seed.</summary>
    public long Seed => Document.Seed;

    /// <summary>The scenario's tidal stream (peak flood two hours after the start when the scenario does not say):
    /// what a tidal atlas would tell the rescue centres about that night.</summary>
    public Conditions.TidalCurrent Tide => new(Document.Environment.Tide.MaxSpeedKnots, Document.Environment.Tide.FloodDirectionDegrees,
        Document.Environment.Tide.FloodPeak ?? Start.AddHours(2));

    /// <summary>The scenario's 10 m wind: what a forecast would tell the rescue centres, for drift.</summary>
    public (double SpeedKnots, double FromDegrees) Wind => (Document.Environment.WindSpeedKnots, Document.Environment.WindFromDegrees);

    internal ScenarioDocument Document { get; }

    /// <summary>Reads and validates a scenario from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="origin">Where it came from (a file name), for messages.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ScenarioException">The JSON is malformed or a value is invalid; the message says where.</exception>
    public static Scenario Parse(string json, string origin)
    {
        ArgumentNullException.ThrowIfNull(json);
        ScenarioDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, ScenarioJsonContext.Default.ScenarioDocument);
        }
        catch (JsonException ex)
        {
            var where = ex.Path is null ? string.Empty : $" at {ex.Path}";
            var line = ex.LineNumber is { } n ? $" (line {n + 1})" : string.Empty;
            throw new ScenarioException($"{origin}: not a valid scenario{where}{line}: {FirstSentence(ex.Message)}", ex);
        }

        if (document is null)
        {
            throw new ScenarioException($"{origin}: the file holds no scenario.");
        }

        ScenarioValidator.Validate(document, origin);
        return new Scenario(document);
    }

    /// <summary>Reads and validates a scenario file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="ScenarioException">The file cannot be read or is invalid.</exception>
    public static Scenario Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioException($"{path}: cannot be read: {ex.Message}", ex);
        }

        return Parse(json, path);
    }

    /// <summary>The same scenario with another seed.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>A new scenario.</returns>
    public Scenario WithSeed(long seed) => new(Copy(d => new ScenarioDocumentOverrides(d) { Seed = seed }));

    /// <summary>The same scenario moved to start at another time (live mode starts "now"); everything keeps its offset.</summary>
    /// <param name="start">The new start, UTC.</param>
    /// <returns>A new scenario.</returns>
    public Scenario StartingAt(DateTimeOffset start) => new(Copy(d => new ScenarioDocumentOverrides(d) { Start = start.ToUniversalTime() }));

    /// <summary>The same scenario cut to a shorter window (for tests and previews).</summary>
    /// <param name="duration">The new duration, positive.</param>
    /// <returns>A new scenario.</returns>
    public Scenario WithDuration(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        return new(Copy(d => new ScenarioDocumentOverrides(d) { DurationHours = duration.TotalHours }));
    }

    private ScenarioDocument Copy(Func<ScenarioDocument, ScenarioDocumentOverrides> change) => change(Document).Apply();

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
