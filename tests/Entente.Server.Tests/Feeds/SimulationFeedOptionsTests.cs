using Entente.Server.Feeds;
using Microsoft.Extensions.Configuration;

namespace Entente.Server.Tests.Feeds;

public sealed class SimulationFeedOptionsTests
{
    [Fact]
    public void Read_NothingConfigured_RunsTheBusyNightAtTwentyTimes_FromTheFirstLaunches()
    {
        var options = SimulationFeedOptions.Read(Configuration([]));

        Assert.True(options.Enabled);
        Assert.Equal("busy-night", options.Scenario);
        Assert.Equal(20, options.Speed);
        Assert.Equal(140, options.SkipMinutes);
        Assert.Null(options.Seed);
    }

    [Fact]
    public void Read_ARealFeedConfigured_IsOffUnlessAskedFor()
    {
        Assert.False(SimulationFeedOptions.Read(Configuration(new() { ["Feeds:Ais:Udp"] = "10110" })).Enabled);
        Assert.True(SimulationFeedOptions.Read(Configuration(new() { ["Feeds:Ais:Udp"] = "10110", ["Feeds:Simulation:Enabled"] = "true" })).Enabled);
    }

    [Fact]
    public void Read_Values_AreTaken()
    {
        var options = SimulationFeedOptions.Read(Configuration(new()
        {
            ["Feeds:Simulation:Enabled"] = "false",
            ["Feeds:Simulation:Scenario"] = "surge",
            ["Feeds:Simulation:Speed"] = "60",
            ["Feeds:Simulation:Seed"] = "9",
        }));

        Assert.False(options.Enabled);
        Assert.Equal("surge", options.Scenario);
        Assert.Equal(60, options.Speed);
        Assert.Equal(9, options.Seed);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
