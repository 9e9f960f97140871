namespace Entente.Tracking.Metrics;

/// <summary>Turns the running sums of an <see cref="EvaluationState"/> into <see cref="EvaluationScores"/>.</summary>
internal static class EvaluationSummary
{
    private static readonly TimeSpan TenHours = TimeSpan.FromHours(10);

    /// <summary>The scores of one set of counts, with the truths they cover and when each one's latency starts.</summary>
    public static EvaluationScores Scores(ScoreCounts c, IReadOnlyList<(TruthHistory History, DateTimeOffset Start)> truths, int frames,
        TimeSpan interval)
    {
        var inCoverage = interval * c.TruthSamples;
        var latencies = truths.Where(t => t.History.FirstConfirmed is not null)
            .Select(t => t.History.FirstConfirmed!.Value - t.Start)
            .Order()
            .ToList();
        var sampled = truths.Where(t => t.History.Samples > 0).ToList();
        return new EvaluationScores
        {
            Gospa = frames == 0
                ? new MeanGospa(0, 0, 0, 0)
                : new MeanGospa(c.DistanceSum / frames, c.LocalisationSum / frames, c.MissedSum / frames, c.FalseSum / frames),
            TruthCount = sampled.Count,
            TruthSamples = c.TruthSamples,
            AssignedTruthSamples = c.AssignedTruthSamples,
            Completeness = Ratio(c.AssignedTruthSamples, c.TruthSamples),
            TrackSamples = c.TrackSamples,
            SpuriousTrackSamples = c.SpuriousTrackSamples,
            Spuriousness = Ratio(c.SpuriousTrackSamples, c.TrackSamples),
            TrackNumberChanges = c.TrackNumberChanges,
            InCoverageTime = inCoverage,
            TrackNumberChangesPerTenHours = inCoverage > TimeSpan.Zero ? c.TrackNumberChanges / (inCoverage / TenHours) : null,
            PositionalAccuracyMetres = c.AssignedTruthSamples > 0 ? Math.Sqrt(c.SquaredErrorSum / c.AssignedTruthSamples) : null,
            LongestSegmentFraction = sampled.Count > 0 ? sampled.Average(t => (double)t.History.LongestRun / t.History.Samples) : null,
            MmsiSamples = c.MmsiSamples,
            MmsiCorrectness = Ratio(c.MmsiCorrect, c.MmsiSamples),
            ClassificationAccuracy = Ratio(c.ClassCorrect, c.AssignedTruthSamples),
            LatencyCount = latencies.Count,
            MedianLatency = Median(latencies),
        };
    }

    /// <summary>Of all scored track samples, the fraction from tracks never assigned to a truth.</summary>
    public static double? SpuriousTrackTimeFraction(IEnumerable<(long Samples, bool Assigned)> tracks)
    {
        long all = 0, spurious = 0;
        foreach (var (samples, assigned) in tracks)
        {
            all += samples;
            spurious += assigned ? 0 : samples;
        }

        return Ratio(spurious, all);
    }

    private static double? Ratio(long part, long whole) => whole > 0 ? (double)part / whole : null;

    private static TimeSpan? Median(List<TimeSpan> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[(n / 2) - 1] + sorted[n / 2]) / 2,
    };
}
