namespace Entente.Core.Time;

/// <summary>
/// Guards for instants: Entente's domain times are <see cref="DateTimeOffset"/> values at offset zero (UTC),
/// obtained from an injected <see cref="TimeProvider"/>, never from the system clock directly.
/// </summary>
public static class UtcTime
{
    /// <summary>Returns the value when its offset is zero.</summary>
    /// <param name="value">The instant.</param>
    /// <param name="paramName">The parameter name for the error.</param>
    /// <returns>The same instant.</returns>
    /// <exception cref="ArgumentException">The offset is not zero.</exception>
    public static DateTimeOffset Require(DateTimeOffset value, string paramName) =>
        value.Offset == TimeSpan.Zero
            ? value
            : throw new ArgumentException($"Times must be UTC (offset +00:00); got offset {value.Offset}.", paramName);

    /// <summary>The current UTC instant from a clock.</summary>
    /// <param name="clock">The injected clock.</param>
    /// <returns>Now, at offset zero.</returns>
    public static DateTimeOffset Now(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetUtcNow();
    }
}
