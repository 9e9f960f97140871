using System.Globalization;

namespace Entente.Core.Identifiers;

/// <summary>A track in the fused picture, numbered from 1 by the tracker that created it.</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct TrackId : IComparable<TrackId>
{
    private TrackId(long value) => Value = value;

    /// <summary>The track number, at least 1.</summary>
    public long Value { get; }

    /// <summary>Creates a track id.</summary>
    /// <param name="value">The track number, at least 1.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number is below 1.</exception>
    public static TrackId FromInt64(long value) => value >= 1
        ? new TrackId(value)
        : throw new ArgumentOutOfRangeException(nameof(value), value, "A track number is at least 1.");

    /// <inheritdoc />
    public int CompareTo(TrackId other) => Value.CompareTo(other.Value);

    /// <summary>Ordering comparison.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(TrackId left, TrackId right) => left.CompareTo(right) < 0;

    /// <summary>Ordering comparison.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(TrackId left, TrackId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering comparison.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(TrackId left, TrackId right) => left.CompareTo(right) > 0;

    /// <summary>Ordering comparison.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(TrackId left, TrackId right) => left.CompareTo(right) >= 0;

    /// <summary>"T" followed by the number, e.g. "T42".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"T{Value}");
}
