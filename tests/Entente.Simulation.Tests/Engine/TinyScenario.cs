using Entente.Geo.Geography;
using Entente.Simulation.Scenarios;

namespace Entente.Simulation.Tests.Engine;

/// <summary>A small scenario written here, so that tests do not depend on the built-in ones' content.</summary>
internal static class TinyScenario
{
    public static readonly DateTimeOffset Start = new(2026, 11, 21, 18, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<ChannelGeography> LazyGeography = new(ChannelGeography.LoadDefault);

    public static ChannelGeography Geography => LazyGeography.Value;

    /// <summary>Ten minutes, one-second steps.</summary>
    public static Scenario Create(double minutes = 10) => Scenario.Parse(
        $$"""{ "name": "tiny", "start": "2026-11-21T18:00:00Z", "durationHours": {{(minutes / 60).ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "seed": 7 }""",
        "tiny.json");
}
