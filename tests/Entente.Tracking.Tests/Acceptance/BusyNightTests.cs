using Entente.Simulation.Scenarios;
using Entente.Testing.Tracking;

namespace Entente.Tracking.Tests.Acceptance;

public sealed class BusyNightTests(ITestOutputHelper output)
{
    [Fact]
    public void SmallBoatsInRadarCoverage_AreFoundQuickly_HeldUnderOneNumber_AndPlacedBetterThanTheRawPlots()
    {
        var score = SimulatedNight.Score(BuiltInScenarios.Get("busy-night"));
        output.WriteLine(score.Describe());
        NightAcceptance.AssertSmallBoatsAreTracked(score);
    }
}
