namespace Entente.Tracking.Hypothesisers;

/// <summary>The settings of <see cref="LikelihoodHypothesiser"/>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record LikelihoodHypothesiserOptions
{
    /// <summary>The share of true detections the χ² gate lets through (0.999 gives 13.8 for a two-dimensional
    /// measurement); the threshold follows each detection's dimension.</summary>
    public double GateProbability { get; init; } = 0.999;

    /// <summary>Taken off the cost when an AIS report meets the track that already carries its MMSI, so that a ship's
    /// own track wins its reports over a small boat's alongside.</summary>
    public double SameIdentityBonus { get; init; } = 20;

    /// <summary>Spread of a plot's log₁₀ RCS about the mean of its track's plots (Swerling I fluctuation is about 0.56,
    /// the radar's estimate adds a little). A plot whose echo is unlike its track's costs ((log₁₀ rcs − mean) / spread)²
    /// more, so that a small boat's track keeps the boat's weak plots and the lifeboat alongside keeps its strong ones.
    /// Zero leaves echo strength out of association.</summary>
    public double RcsSpreadLog10 { get; init; } = 0.7;

    /// <summary>A plot whose echo is this many spreads stronger than its track's is not its track's (a lifeboat's plot is
    /// hundreds of times a small boat's; the boat's own plot is that much stronger about once in e⁷⁰ scans).</summary>
    public double RcsGateSpreads { get; init; } = 3;

    /// <summary>RCS plots a track must have before its echo strength counts in association.</summary>
    public int RcsMinimumPlots { get; init; } = 5;

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        if (GateProbability is not (0.9 or 0.95 or 0.99 or 0.999 or 0.9999))
        {
            throw new ArgumentOutOfRangeException(nameof(GateProbability), GateProbability, "The gate probability must be one of 0.9, 0.95, 0.99, 0.999 or 0.9999.");
        }

        if (!double.IsFinite(RcsSpreadLog10) || RcsSpreadLog10 < 0 || RcsMinimumPlots < 1 || !(RcsGateSpreads > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(RcsSpreadLog10), RcsSpreadLog10, "The RCS spread must be zero or more, and at least one plot must count.");
        }

        if (!double.IsFinite(SameIdentityBonus) || SameIdentityBonus < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(SameIdentityBonus), SameIdentityBonus, "The identity bonus must be zero or more.");
        }
    }
}
