namespace Entente.Tracking.Classification;

/// <summary>The settings of <see cref="EvidenceClassifier"/>. RCS figures are log₁₀ m²: an inflatable with 30–70 people
/// shows 0.3–1.5 m² (log −0.5 to 0.2), a fishing vessel 100–250 m², a merchant ship thousands; Swerling I fluctuation
/// spreads single plots by about 0.56 in log₁₀.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record EvidenceClassifierOptions
{
    /// <summary>Mean log₁₀ RCS of a small boat's plots.</summary>
    public double SmallBoatLogRcs { get; init; } = -0.3;

    /// <summary>Mean log₁₀ RCS of another vessel's plots.</summary>
    public double VesselLogRcs { get; init; } = 2.2;

    /// <summary>Spread of one plot's log₁₀ RCS about its class mean.</summary>
    public double LogRcsSpread { get; init; } = 0.7;

    /// <summary>Speed beyond which a track is not a small boat, knots (they make 4–8 kn).</summary>
    public double SmallBoatMaxSpeedKnots { get; init; } = 13;

    /// <summary>Log-odds for a small boat added per aerial sighting (crews say what they see), up to three.</summary>
    public double AerialSightingLogOdds { get; init; } = 3;

    /// <summary>Log-odds for a small boat added per beach-sensor event or distress report, up to three.</summary>
    public double GroundOrReportLogOdds { get; init; } = 2;

    /// <summary>The probability above which a track is called a small boat.</summary>
    public double SmallBoatThreshold { get; init; } = 0.8;

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        if (!double.IsFinite(LogRcsSpread) || LogRcsSpread <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(LogRcsSpread), LogRcsSpread, "The spread must be positive.");
        }

        if (!(VesselLogRcs > SmallBoatLogRcs))
        {
            throw new ArgumentOutOfRangeException(nameof(VesselLogRcs), VesselLogRcs, "Vessels must echo more strongly than small boats.");
        }

        if (SmallBoatThreshold is <= 0.5 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(SmallBoatThreshold), SmallBoatThreshold, "The threshold must lie between 0.5 and 1.");
        }

        if (!double.IsFinite(SmallBoatMaxSpeedKnots) || SmallBoatMaxSpeedKnots <= 0 || AerialSightingLogOdds < 0 || GroundOrReportLogOdds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(SmallBoatMaxSpeedKnots), "Speeds and evidence weights must be positive.");
        }
    }
}
