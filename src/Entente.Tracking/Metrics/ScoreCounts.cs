namespace Entente.Tracking.Metrics;

/// <summary>Running sums behind one <see cref="EvaluationScores"/>: for one truth class, or for all.</summary>
/// <remarks>Mutable; owned by one <see cref="EvaluationState"/>.</remarks>
internal sealed class ScoreCounts
{
    public double DistanceSum { get; set; }

    public double LocalisationSum { get; set; }

    public double MissedSum { get; set; }

    public double FalseSum { get; set; }

    public long TruthSamples { get; set; }

    public long AssignedTruthSamples { get; set; }

    public double SquaredErrorSum { get; set; }

    public long ClassCorrect { get; set; }

    public long MmsiSamples { get; set; }

    public long MmsiCorrect { get; set; }

    public int TrackNumberChanges { get; set; }

    public long TrackSamples { get; set; }

    public long SpuriousTrackSamples { get; set; }

    /// <summary>Adds one frame's GOSPA terms (metresᵖ) and the distance they make.</summary>
    public void AddFrame(double localisation, double missed, double falseTerm, double order)
    {
        LocalisationSum += localisation;
        MissedSum += missed;
        FalseSum += falseTerm;
        DistanceSum += Math.Pow(localisation + missed + falseTerm, 1 / order);
    }
}
