namespace Entente.Sar.Drift;

/// <summary>One drift run: what, from where, in what wind and water, for how long.</summary>
/// <remarks>Immutable and validated.</remarks>
public sealed record DriftRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="seed">Where and when the object went into the water (or was found, backward).</param>
    /// <param name="scenarios">What may be drifting, weighted.</param>
    /// <param name="forcing">Wind and current.</param>
    /// <param name="duration">How long to drift, up to 14 days.</param>
    /// <param name="options">Run options; defaults when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">The duration is not positive or too long.</exception>
    /// <exception cref="ArgumentException">There are no scenarios.</exception>
    public DriftRequest(DriftSeed seed, IReadOnlyList<DriftScenario> scenarios, DriftForcing forcing, TimeSpan duration, DriftOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(forcing);
        if (scenarios.Count == 0)
        {
            throw new ArgumentException("A drift needs at least one scenario.", nameof(scenarios));
        }

        if (duration <= TimeSpan.Zero || duration > TimeSpan.FromDays(14))
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "A drift runs for more than zero and at most 14 days.");
        }

        Seed = seed;
        Scenarios = scenarios;
        Forcing = forcing;
        Duration = duration;
        Options = options ?? new DriftOptions();
        Options.Validate();
    }

    /// <summary>Where and when the object went into the water.</summary>
    public DriftSeed Seed { get; }

    /// <summary>What may be drifting.</summary>
    public IReadOnlyList<DriftScenario> Scenarios { get; }

    /// <summary>Wind and current.</summary>
    public DriftForcing Forcing { get; }

    /// <summary>How long to drift.</summary>
    public TimeSpan Duration { get; }

    /// <summary>Run options.</summary>
    public DriftOptions Options { get; }

    /// <summary>When the run ends: after the seed's latest time forward, before the seed's time backward.</summary>
    public DateTimeOffset EndTime => Options.Direction == DriftDirection.Forward ? Seed.LatestTime + Duration : Seed.Time - Duration;
}
