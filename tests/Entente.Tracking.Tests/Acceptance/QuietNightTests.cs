using Entente.Simulation.Scenarios;
using Entente.Testing.Tracking;

namespace Entente.Tracking.Tests.Acceptance;

public sealed class QuietNightTests(ITestOutputHelper output)
{
    [Fact]
    public void AQuietNight_RaisesNoSmallBoatTrackLastingOverFiveMinutes()
    {
        var score = SimulatedNight.Score(BuiltInScenarios.Get("quiet-night"));
        output.WriteLine(score.Describe());
        Assert.True(score.LongestSmallBoatClassRun <= TimeSpan.FromMinutes(5), $"a track was called a small boat for {score.LongestSmallBoatClassRun}");
        Assert.True(score.Evaluation.Overall.Spuriousness <= 0.02, $"spurious confirmed track time {score.Evaluation.Overall.Spuriousness:P2}");
    }
}
