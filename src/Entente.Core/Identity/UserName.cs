using Entente.Core.Identifiers;

namespace Entente.Core.Identity;

/// <summary>A user's login name, such as "fr.watch" or "radar-gris-nez": a short lower-case code, unique in Entente.</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct UserName : IComparable<UserName>
{
    private readonly string? _value;

    private UserName(string value) => _value = value;

    /// <summary>The name; empty only for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Parses a name.</summary>
    /// <param name="value">1 to 64 lower-case letters, digits, '-', '_' or '.'.</param>
    /// <returns>The name.</returns>
    /// <exception cref="FormatException">The name is not valid.</exception>
    public static UserName Parse(string value) =>
        TryParse(value, out var name) ? name : throw new FormatException(CodeText.Describe("user name", value));

    /// <summary>Parses a name.</summary>
    /// <param name="value">The candidate name.</param>
    /// <param name="name">The name when valid.</param>
    /// <returns>True when valid.</returns>
    public static bool TryParse(string? value, out UserName name)
    {
        var valid = value is not null && CodeText.IsValid(value);
        name = valid ? new UserName(value!) : default;
        return valid;
    }

    /// <inheritdoc />
    public int CompareTo(UserName other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Ordering comparison.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(UserName left, UserName right) => left.CompareTo(right) < 0;

    /// <summary>Ordering comparison.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(UserName left, UserName right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering comparison.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(UserName left, UserName right) => left.CompareTo(right) > 0;

    /// <summary>Ordering comparison.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(UserName left, UserName right) => left.CompareTo(right) >= 0;

    /// <summary>The name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Value;
}
