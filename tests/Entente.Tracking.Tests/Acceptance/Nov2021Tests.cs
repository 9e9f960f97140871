using Entente.Simulation.Scenarios;
using Entente.Testing.Tracking;

namespace Entente.Tracking.Tests.Acceptance;

public sealed class Nov2021Tests(ITestOutputHelper output)
{
    [Fact]
    public void SmallBoatsInRadarCoverage_AreFoundQuickly_HeldUnderOneNumber_AndPlacedBetterThanTheRawPlots()
    {
        var score = SimulatedNight.Score(BuiltInScenarios.Get("nov-2021"));
        output.WriteLine(score.Describe());
        NightAcceptance.AssertSmallBoatsAreTracked(score);
    }
}
