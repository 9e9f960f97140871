using Entente.Simulation.Scenarios;

namespace Entente.Server.Feeds;

/// <summary>
/// Configuration of the simulated feed (<c>Feeds:Simulation</c>): on by default while no real feed is configured, so
/// that a fresh server shows a live picture.
/// </summary>
/// <remarks>This type is immutable and thread-safe once read.</remarks>
public sealed record SimulationFeedOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Feeds:Simulation";

    /// <summary>Whether the feed runs; when not configured, true unless another section under <c>Feeds</c> (a real feed) exists.</summary>
    public bool? Enabled { get; init; }

    /// <summary>A built-in scenario's name or a scenario file's path.</summary>
    public string Scenario { get; init; } = BuiltInScenarios.Default;

    /// <summary>Simulated seconds per wall second.</summary>
    public double Speed { get; init; } = 20;

    /// <summary>Minutes at the start of the scenario simulated at once, unsensed, when the server starts: a fresh
    /// server shows a night already under way (on <c>busy-night</c> the first boats leave 145 minutes in) instead of
    /// hours of ships alone. Nothing of the skipped part is pictured or stored. 0 starts from the scenario's beginning.
    /// The scenario is placed so that live time begins at the clock.</summary>
    public double SkipMinutes { get; init; } = 140;

    /// <summary>The random seed, instead of the scenario's own, when set.</summary>
    public long? Seed { get; init; }

    /// <summary>Reads the section and settles <see cref="Enabled"/>.</summary>
    /// <param name="configuration">The application's configuration.</param>
    /// <returns>The options, with <see cref="Enabled"/> set.</returns>
    public static SimulationFeedOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(SectionName).Get<SimulationFeedOptions>() ?? new SimulationFeedOptions();
        var realFeed = configuration.GetSection("Feeds").GetChildren().Any(c => !string.Equals(c.Key, "Simulation", StringComparison.OrdinalIgnoreCase));
        return options with { Enabled = options.Enabled ?? !realFeed };
    }
}
