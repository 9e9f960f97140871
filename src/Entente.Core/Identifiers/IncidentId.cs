using System.Globalization;

namespace Entente.Core.Identifiers;

/// <summary>A search-and-rescue incident, numbered from 1 in the order incidents are opened.</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct IncidentId : IComparable<IncidentId>
{
    private IncidentId(long value) => Value = value;

    /// <summary>The incident number, at least 1.</summary>
    public long Value { get; }

    /// <summary>Creates an incident id.</summary>
    /// <param name="value">The incident number, at least 1.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number is below 1.</exception>
    public static IncidentId FromInt64(long value) => value >= 1
        ? new IncidentId(value)
        : throw new ArgumentOutOfRangeException(nameof(value), value, "An incident number is at least 1.");

    /// <inheritdoc />
    public int CompareTo(IncidentId other) => Value.CompareTo(other.Value);

    /// <summary>Ordering comparison.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(IncidentId left, IncidentId right) => left.CompareTo(right) < 0;

    /// <summary>Ordering comparison.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(IncidentId left, IncidentId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering comparison.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(IncidentId left, IncidentId right) => left.CompareTo(right) > 0;

    /// <summary>Ordering comparison.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(IncidentId left, IncidentId right) => left.CompareTo(right) >= 0;

    /// <summary>"INC-" followed by the number with at least five digits, e.g. "INC-00042".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"INC-{Value:D5}");
}
