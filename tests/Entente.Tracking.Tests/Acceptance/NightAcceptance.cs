using Entente.Testing.Tracking;
using Entente.Tracking.Metrics;

namespace Entente.Tracking.Tests.Acceptance;

/// <summary>
/// The tracking acceptance criteria on a whole simulated night with the standard pipeline: small boats found among the
/// ships and held, accurately, with few false tracks, and ships named by their AIS. One test class per night, so that
/// the nights run side by side.
/// </summary>
internal static class NightAcceptance
{
    public static void AssertSmallBoatsAreTracked(NightScore score)
    {
        var boats = score.SmallBoats;
        var vessels = score.Evaluation.ByClass[TruthClass.VesselWithAis];
        Assert.True(boats.InCoverageTime > TimeSpan.FromHours(2), $"only {boats.InCoverageTime} of small-boat time in coverage");
        Assert.True(boats.Completeness >= 0.95, $"small-boat completeness {boats.Completeness:P2}");
        Assert.True(boats.MedianLatency <= TimeSpan.FromMinutes(2), $"median time to a confirmed track {boats.MedianLatency}");
        Assert.True(boats.TrackNumberChangesPerTenHours <= 1,
            $"{boats.TrackNumberChanges} track-number changes, {boats.TrackNumberChangesPerTenHours:F2} per 10 boat-hours");
        Assert.True(boats.PositionalAccuracyMetres <= 0.6 * score.RawSmallBoatPlotRmsMetres,
            $"small-boat tracks {boats.PositionalAccuracyMetres:F1} m RMS against raw plots {score.RawSmallBoatPlotRmsMetres:F1} m");
        Assert.True(score.Evaluation.Overall.Spuriousness <= 0.02, $"spurious confirmed track time {score.Evaluation.Overall.Spuriousness:P2}");
        Assert.True(vessels.MmsiCorrectness >= 0.99, $"ships carry the right MMSI {vessels.MmsiCorrectness:P2} of the time");
        Assert.Equal(0, score.Statistics.LateDetectionsDropped);
    }
}
