namespace Entente.Testing;

/// <summary>A clock for tests that moves only when told to.</summary>
/// <remarks>Thread-safe. Timers are not supported: components under test poll the clock.</remarks>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _now;

    /// <summary>Creates a clock at the given UTC instant.</summary>
    /// <param name="start">The starting instant; must be UTC.</param>
    public ManualTimeProvider(DateTimeOffset start) => _now = Core.Time.UtcTime.Require(start, nameof(start));

    /// <summary>A clock at 2021-11-24T00:00:00Z.</summary>
    public ManualTimeProvider()
        : this(new DateTimeOffset(2021, 11, 24, 0, 0, 0, TimeSpan.Zero))
    {
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <summary>Moves the clock forward.</summary>
    /// <param name="by">A non-negative duration.</param>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        lock (_gate)
        {
            _now += by;
        }
    }
}
