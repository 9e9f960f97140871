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

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        if (GateProbability is not (0.9 or 0.95 or 0.99 or 0.999 or 0.9999))
        {
            throw new ArgumentOutOfRangeException(nameof(GateProbability), GateProbability, "The gate probability must be one of 0.9, 0.95, 0.99, 0.999 or 0.9999.");
        }

        if (!double.IsFinite(SameIdentityBonus) || SameIdentityBonus < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(SameIdentityBonus), SameIdentityBonus, "The identity bonus must be zero or more.");
        }
    }
}
