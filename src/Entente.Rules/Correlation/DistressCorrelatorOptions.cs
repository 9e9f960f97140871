namespace Entente.Rules.Correlation;

/// <summary>
/// The settings of <see cref="DistressCorrelator"/>. Defaults fit phone calls from small boats in the Strait: positions
/// up to 40 minutes old and wrong by 0.5–8 km, boats making about 5 knots, a few boats in trouble at once.
/// </summary>
/// <remarks>This type is immutable and thread-safe. Plain settable names, so that it can be bound from configuration.</remarks>
public sealed record DistressCorrelatorOptions
{
    /// <summary>How old the position a caller gives may be: a call is scored against where each track was over this
    /// window before the call (a location pin shared earlier is common). 40 minutes.</summary>
    public TimeSpan MaxPositionAge { get; init; } = TimeSpan.FromMinutes(40);

    /// <summary>Spacing of the kept track positions. 1 minute: a boat moves about 150 m in it, well inside a call's error.</summary>
    public TimeSpan HistoryInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a track's positions are kept; at least <see cref="MaxPositionAge"/>. 60 minutes.</summary>
    public TimeSpan HistoryDuration { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>A track is a candidate for a call when, somewhere over the window, it came within this many combined
    /// sigmas (the call's and the track's) of the call's position. 4.</summary>
    public double GateSigmas { get; init; } = 4;

    /// <summary>How fast a boat may move where no track shows it (before its track starts, after it ends, or between the
    /// calls of a boat no track follows), metres per second; grows the uncertainty of positions carried over such gaps.
    /// 2.5 m/s, about 5 knots.</summary>
    public double UnseenBoatSpeedMetresPerSecond { get; init; } = 2.5;

    /// <summary>The "no track" hypothesis scores like a track whose likelihood is this density everywhere: how likely,
    /// per square kilometre, a calling boat is one no track follows (outside radar cover, or not yet seen), relative to a
    /// tracked small boat. 2e-3 per km², about one untracked boat per 500 km²: boats launched east of Calais are outside
    /// radar cover for their first hour, and lower values tied their calls to the nearest tracked boat instead
    /// (docs/rules.md).</summary>
    public double NoTrackDensityPerSquareKilometre { get; init; } = 2e-3;

    /// <summary>Share of calls whose position is wrong beyond their stated error (a misread figure, the wrong pin);
    /// such a call still counts, spread over the area. 0.05.</summary>
    public double OutlierShare { get; init; } = 0.05;

    /// <summary>Where an outlying position falls: uniformly over about 5,000 km² of the Strait. 2e-4 per km².</summary>
    public double OutlierDensityPerSquareKilometre { get; init; } = 2e-4;

    /// <summary>The least prior weight of a candidate track. The weight is the tracker's probability that the track is a
    /// small boat (a vessel with AIS is never a candidate); this floor keeps a boat the classifier has not yet recognised
    /// in the running. 0.05.</summary>
    public double MinimumTrackPrior { get; init; } = 0.05;

    /// <summary>Time constant over which the tracker's belief that a track is a small boat is smoothed before it weighs
    /// the track (the belief flips with a fast leg or a strong echo). 10 minutes.</summary>
    public TimeSpan ClassSmoothingTime { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Spread of a people count about the true one, in natural log: ±30% is one sigma. 0.3.</summary>
    public double PeopleLogSigma { get; init; } = 0.3;

    /// <summary>A people count that disagrees by more than this many sigmas counts no more against a track than at this
    /// many, so that the count stays a weak factor beside the position. 2.</summary>
    public double PeopleMaxSigmas { get; init; } = 2;

    /// <summary>A case or call is ambiguous when its most likely hypothesis (a track, or no track) is below this. 0.7.</summary>
    public double AmbiguousBestBelow { get; init; } = 0.7;

    /// <summary>A case or call is ambiguous when its second hypothesis is at least this. 0.2.</summary>
    public double AmbiguousSecondAtLeast { get; init; } = 0.2;

    /// <summary>A new caller's call joins an existing case, and two cases are linked, only when both are tied to the same
    /// track with at least this probability. 0.8.</summary>
    public double JoinProbability { get; init; } = 0.8;

    /// <summary>A link holds while both cases keep the same best track with at least this probability; below, it is
    /// removed (kept lower than <see cref="JoinProbability"/> so that a link does not flicker). 0.6.</summary>
    public double LinkHoldProbability { get; init; } = 0.6;

    /// <summary>A re-score is reported when a hypothesis's probability moved by at least this since last reported (or the
    /// best hypothesis or the ambiguity changed). 0.15.</summary>
    public double MaterialChange { get; init; } = 0.15;

    /// <summary>Candidates below this probability are not listed (their share is still counted). 0.01.</summary>
    public double ListProbabilityAtLeast { get; init; } = 0.01;

    /// <summary>How often open cases are re-scored between calls, for tracks that appeared, ended or were reclassified
    /// since. 1 minute.</summary>
    public TimeSpan RescoreInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long after a call a track first seen later is still scored against it (a boat found by radar after
    /// its first call). 60 minutes.</summary>
    public TimeSpan LateTrackWindow { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>Checks every value.</summary>
    /// <returns>This instance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public DistressCorrelatorOptions Validate()
    {
        RequirePositive(MaxPositionAge, nameof(MaxPositionAge));
        RequirePositive(HistoryInterval, nameof(HistoryInterval));
        RequirePositive(RescoreInterval, nameof(RescoreInterval));
        RequirePositive(LateTrackWindow, nameof(LateTrackWindow));
        RequirePositive(ClassSmoothingTime, nameof(ClassSmoothingTime));
        if (HistoryInterval > MaxPositionAge)
        {
            throw new ArgumentOutOfRangeException(nameof(HistoryInterval), HistoryInterval, "The history interval must not exceed the position age.");
        }

        if (HistoryDuration < MaxPositionAge)
        {
            throw new ArgumentOutOfRangeException(nameof(HistoryDuration), HistoryDuration, "The history must cover the position age.");
        }

        RequirePositive(GateSigmas, nameof(GateSigmas));
        RequirePositive(UnseenBoatSpeedMetresPerSecond, nameof(UnseenBoatSpeedMetresPerSecond));
        RequirePositive(NoTrackDensityPerSquareKilometre, nameof(NoTrackDensityPerSquareKilometre));
        RequirePositive(OutlierDensityPerSquareKilometre, nameof(OutlierDensityPerSquareKilometre));
        RequirePositive(PeopleLogSigma, nameof(PeopleLogSigma));
        RequirePositive(PeopleMaxSigmas, nameof(PeopleMaxSigmas));
        RequireProbability(OutlierShare, nameof(OutlierShare), allowZero: true, allowOne: false);
        RequireProbability(MinimumTrackPrior, nameof(MinimumTrackPrior), allowZero: false, allowOne: true);
        RequireProbability(AmbiguousBestBelow, nameof(AmbiguousBestBelow), allowZero: false, allowOne: true);
        RequireProbability(AmbiguousSecondAtLeast, nameof(AmbiguousSecondAtLeast), allowZero: false, allowOne: true);
        RequireProbability(JoinProbability, nameof(JoinProbability), allowZero: false, allowOne: true);
        RequireProbability(LinkHoldProbability, nameof(LinkHoldProbability), allowZero: false, allowOne: true);
        RequireProbability(MaterialChange, nameof(MaterialChange), allowZero: false, allowOne: true);
        RequireProbability(ListProbabilityAtLeast, nameof(ListProbabilityAtLeast), allowZero: true, allowOne: false);
        if (JoinProbability <= 0.5)
        {
            // Below one half two tracks could both pass, and a join would rest on a coin toss.
            throw new ArgumentOutOfRangeException(nameof(JoinProbability), JoinProbability, "The join probability must be above 0.5.");
        }

        if (LinkHoldProbability > JoinProbability)
        {
            throw new ArgumentOutOfRangeException(nameof(LinkHoldProbability), LinkHoldProbability, "A link must hold at no more than the join probability.");
        }

        return this;
    }

    private static void RequirePositive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(name, value, "The time must be positive.");
        }
    }

    private static void RequirePositive(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "The value must be a positive number.");
        }
    }

    private static void RequireProbability(double value, string name, bool allowZero, bool allowOne)
    {
        if (double.IsNaN(value) || value < 0 || value > 1 || (!allowZero && value == 0) || (!allowOne && value == 1))
        {
            throw new ArgumentOutOfRangeException(name, value, "The value must be a probability in range.");
        }
    }
}
