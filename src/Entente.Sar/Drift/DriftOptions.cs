namespace Entente.Sar.Drift;

/// <summary>How a drift is run. Defaults are the operational ones (10 min steps, hourly output, jibing 4% an hour,
/// 5 m/s speed limit).</summary>
/// <remarks>Immutable; <see cref="Validate"/> says what is wrong with a value.</remarks>
public sealed record DriftOptions
{
    /// <summary>The number of particles, 1 to 10,000,000.</summary>
    public int Particles { get; init; } = 5_000;

    /// <summary>The time step.</summary>
    public TimeSpan Step { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the datum track records a point.</summary>
    public TimeSpan OutputEvery { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Forward or backward (reverse drift).</summary>
    public DriftDirection Direction { get; init; } = DriftDirection.Forward;

    /// <summary>The probability that an object jibes (swaps between right and left of downwind) in an hour.</summary>
    public double JibeProbabilityPerHour { get; init; } = 0.04;

    /// <summary>Whether objects may capsize in strong wind (after which their leeway falls to 40%).</summary>
    public bool Capsize { get; init; }

    /// <summary>
    /// The standard error of the current forcing, m/s: each particle carries its own constant error, drawn once on each
    /// axis, so that the spread grows with time as the current's uncertainty makes it (a tidal prediction is rarely
    /// better than 0.1–0.3 m/s in the Strait). 0 for the leeway statistics alone.
    /// </summary>
    public double CurrentUncertaintyMetresPerSecond { get; init; }

    /// <summary>A speed no object exceeds, m/s: guards against bad forcing.</summary>
    public double MaxSpeedMetresPerSecond { get; init; } = 5;

    /// <summary>Whether particles that reach the coast stay there.</summary>
    public bool Strand { get; init; } = true;

    /// <summary>Whether to keep every particle at every output time (memory grows with particles × outputs).</summary>
    public bool KeepHistory { get; init; }

    /// <summary>The random seed: the same seed and inputs give the same particles, whatever the number of cores.</summary>
    public ulong RandomSeed { get; init; } = 1;

    /// <summary>Checks every value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        if (Particles is < 1 or > 10_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(Particles), Particles, "Particles must be 1 to 10,000,000.");
        }

        if (Step < TimeSpan.FromSeconds(1) || Step > TimeSpan.FromHours(6))
        {
            throw new ArgumentOutOfRangeException(nameof(Step), Step, "The step must be 1 s to 6 h.");
        }

        if (OutputEvery < Step)
        {
            throw new ArgumentOutOfRangeException(nameof(OutputEvery), OutputEvery, "Output cannot be more often than the step.");
        }

        if (!double.IsFinite(JibeProbabilityPerHour) || JibeProbabilityPerHour is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(JibeProbabilityPerHour), JibeProbabilityPerHour, "The jibing probability must be 0 to less than 1 an hour.");
        }

        if (!double.IsFinite(CurrentUncertaintyMetresPerSecond) || CurrentUncertaintyMetresPerSecond is < 0 or > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(CurrentUncertaintyMetresPerSecond), CurrentUncertaintyMetresPerSecond, "The current's uncertainty must be 0 to 2 m/s.");
        }

        if (!double.IsFinite(MaxSpeedMetresPerSecond) || MaxSpeedMetresPerSecond is <= 0 or > 50)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSpeedMetresPerSecond), MaxSpeedMetresPerSecond, "The speed limit must be above 0 and at most 50 m/s.");
        }
    }
}
