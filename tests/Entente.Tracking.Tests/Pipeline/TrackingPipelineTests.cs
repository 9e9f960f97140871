using Entente.Tracking.Association;
using Entente.Tracking.Gaters;
using Entente.Tracking.Pipeline;
using Entente.Tracking.Tracks;

namespace Entente.Tracking.Tests.Pipeline;

public sealed class TrackingPipelineTests
{
    [Fact]
    public void TheDescription_NamesEveryRole_WithItsVariantAndSettings()
    {
        var options = new TrackingPipelineOptions { Gater = "all-pairs", MOfN = new() { ConfirmationHits = 5 } };
        var description = TrackingPipeline.Describe(options);
        Assert.Equal(["predictor", "updater", "gater", "hypothesiser", "associator", "initiator", "deleter", "identity", "classifier", "tracker"],
            description.Components.Select(c => c.Role));
        var gater = description.Components.Single(c => c.Role == "gater");
        Assert.Equal("all-pairs", gater.Name);
        Assert.Equal(nameof(AllPairsGater), gater.Type);
        Assert.Contains(new KeyValuePair<string, string>("ConfirmationHits", "5"), description.Components.Single(c => c.Role == "initiator").Settings);
        Assert.Contains("\"ConfirmationHits\":\"5\"", description.ToJson(), StringComparison.Ordinal);
        Assert.Contains("gater: all-pairs (AllPairsGater)", description.ToString(), StringComparison.Ordinal);
        Assert.IsType<AllPairsGater>(TrackingPipeline.Build(options).Components.Gater);
        Assert.IsType<GlobalNearestNeighbour>(TrackingPipeline.Build(options).Components.Associator);
    }

    [Fact]
    public void AnUnknownComponent_IsRefusedWithTheChoices()
    {
        var error = Assert.Throws<ArgumentException>(() => TrackingPipeline.Build(new TrackingPipelineOptions { Associator = "jpda" }));
        Assert.Contains("associator 'jpda' does not exist; choose one of gnn, greedy", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => TrackingPipeline.Build(new TrackingPipelineOptions { MOfN = new() { ConfirmationHits = 0 } }));
    }

    public static TheoryData<string, string, string, string, string, string> Variants()
    {
        var data = new TheoryData<string, string, string, string, string, string>();
        foreach (var motion in TrackingPipeline.Choices["motion"])
        {
            data.Add(motion, "spatial-grid", "gnn", "m-of-n", "update-time", "evidence");
        }

        data.Add("cv", "all-pairs", "greedy", "single-point", "covariance", "ais-only");
        data.Add("cv", "spatial-grid", "greedy", "m-of-n", "covariance", "evidence");
        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void EveryComposition_TracksTwoTargets(string motion, string gater, string associator, string initiator, string deleter, string classifier)
    {
        var tracker = TrackingPipeline.Build(new TrackingPipelineOptions
        {
            Motion = motion, Gater = gater, Associator = associator, Initiator = initiator, Deleter = deleter, Classifier = classifier,
        });
        var random = new Random(3);
        for (var k = 0; k < 60; k++)
        {
            var time = TestPlots.Start.AddSeconds(3 * k);
            tracker.Step(time,
            [
                TestPlots.Position(time, (5.0 * 3 * k) + (25 * TestPlots.Gaussian(random)), 25 * TestPlots.Gaussian(random)),
                TestPlots.Position(time, 25 * TestPlots.Gaussian(random), 3_000 - (4.0 * 3 * k) + (25 * TestPlots.Gaussian(random))),
            ]);
        }

        var confirmed = tracker.Tracks.Where(t => t.Status == TrackStatus.Confirmed).ToList();
        Assert.Equal(2, confirmed.Count);
        Assert.Contains(confirmed, t => Math.Abs(t.Estimate.EastingMetres - (5.0 * 3 * 59)) < 100 && Math.Abs(t.Estimate.Mean[1, 0] - 5) < 1);
        Assert.Contains(confirmed, t => Math.Abs(t.Estimate.NorthingMetres - (3_000 - (4.0 * 3 * 59))) < 100 && Math.Abs(t.Estimate.Mean[3, 0] + 4) < 1);
    }
}
