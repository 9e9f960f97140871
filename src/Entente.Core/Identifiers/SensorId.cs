namespace Entente.Core.Identifiers;

/// <summary>
/// A sensor or feed (a radar, a beach sensor, an aircraft, an AIS receiver, a phone line), identified by a short lower-case code such as "radar-gris-nez".
/// </summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct SensorId : IComparable<SensorId>
{
    private readonly string? _code;

    private SensorId(string code) => _code = code;

    /// <summary>The code; empty only for the default value.</summary>
    public string Code => _code ?? string.Empty;

    /// <summary>Parses a code.</summary>
    /// <param name="code">1 to 64 lower-case letters, digits, '-', '_' or '.'.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The code is not valid.</exception>
    public static SensorId Parse(string code) =>
        TryParse(code, out var id) ? id : throw new FormatException(CodeText.Describe("sensor id", code));

    /// <summary>Parses a code.</summary>
    /// <param name="code">The candidate code.</param>
    /// <param name="id">The identifier when valid.</param>
    /// <returns>True when valid.</returns>
    public static bool TryParse(string? code, out SensorId id)
    {
        var valid = code is not null && CodeText.IsValid(code);
        id = valid ? new SensorId(code!) : default;
        return valid;
    }

    /// <inheritdoc />
    public int CompareTo(SensorId other) => string.CompareOrdinal(Code, other.Code);

    /// <summary>Ordering comparison.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(SensorId left, SensorId right) => left.CompareTo(right) < 0;

    /// <summary>Ordering comparison.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(SensorId left, SensorId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering comparison.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(SensorId left, SensorId right) => left.CompareTo(right) > 0;

    /// <summary>Ordering comparison.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(SensorId left, SensorId right) => left.CompareTo(right) >= 0;

    /// <summary>The code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
