using System.Globalization;

namespace Entente.Core.Identifiers;

/// <summary>A search-and-rescue incident, numbered from 1 in the order incidents are opened.</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct IncidentId : IComparable<IncidentId>
{
    private const string Prefix = "INC-";
    private const int MinimumDigits = 5;

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

    /// <summary>Parses the text <see cref="ToString"/> writes.</summary>
    /// <param name="text">"INC-" followed by the number with at least five digits, e.g. "INC-00042".</param>
    /// <returns>The id.</returns>
    /// <exception cref="FormatException">The text is not an incident id.</exception>
    public static IncidentId Parse(string text) => TryParse(text, out var id)
        ? id
        : throw new FormatException($"'{text}' is not an incident id: expected \"INC-\" and a number of at least five digits, e.g. \"INC-00042\".");

    /// <summary>Parses the text <see cref="ToString"/> writes, and only that: a number padded to five digits, no
    /// other leading zeros, so that each id has exactly one text.</summary>
    /// <param name="text">The candidate text.</param>
    /// <param name="id">The id when valid.</param>
    /// <returns>True when valid.</returns>
    public static bool TryParse(string? text, out IncidentId id)
    {
        id = default;
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var digits = text.AsSpan(Prefix.Length);
        if (digits.Length < MinimumDigits || (digits.Length > MinimumDigits && digits[0] == '0'))
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
        {
            return false;
        }

        id = new IncidentId(value);
        return true;
    }

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
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Value:D5}");
}
