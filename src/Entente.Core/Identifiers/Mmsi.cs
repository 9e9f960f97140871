using System.Globalization;

namespace Entente.Core.Identifiers;

/// <summary>
/// A Maritime Mobile Service Identity: the nine-digit number that identifies an AIS station (ITU-R M.585).
/// </summary>
/// <remarks>
/// Values are 1 to 999,999,999; leading zeros are significant in the text form (coast stations start with 00,
/// group calls with 0), so <see cref="ToString"/> always writes nine digits.
/// This type is an immutable value type and is thread-safe.
/// </remarks>
public readonly record struct Mmsi : IComparable<Mmsi>
{
    /// <summary>The largest valid MMSI.</summary>
    public const int MaxValue = 999_999_999;

    private Mmsi(int value) => Value = value;

    /// <summary>The numeric value, 1 to 999,999,999.</summary>
    public int Value { get; }

    /// <summary>The kind of station, from the leading digits (ITU-R M.585 annexes).</summary>
    public MmsiKind Kind => Value switch
    {
        < 10_000_000 => MmsiKind.CoastStation,
        < 100_000_000 => MmsiKind.GroupOfShips,
        >= 111_000_000 and < 112_000_000 => MmsiKind.SarAircraft,
        >= 970_000_000 and < 971_000_000 => MmsiKind.SearchAndRescueTransmitter,
        >= 972_000_000 and < 973_000_000 => MmsiKind.ManOverboard,
        >= 974_000_000 and < 975_000_000 => MmsiKind.Epirb,
        >= 990_000_000 and < 1_000_000_000 => MmsiKind.AidToNavigation,
        >= 980_000_000 and < 990_000_000 => MmsiKind.CraftAssociatedWithParentShip,
        >= 200_000_000 and < 800_000_000 => MmsiKind.Ship,
        _ => MmsiKind.Other,
    };

    /// <summary>The Maritime Identification Digits (country code) for ships, or null when the kind has none.</summary>
    public int? MaritimeIdentificationDigits => Kind switch
    {
        MmsiKind.Ship => Value / 1_000_000,
        MmsiKind.SarAircraft => (Value / 1000) % 1000,
        MmsiKind.CoastStation or MmsiKind.AidToNavigation or MmsiKind.CraftAssociatedWithParentShip => (Value / 10_000) % 1000,
        MmsiKind.GroupOfShips => (Value / 100_000) % 1000,
        _ => null,
    };

    /// <summary>Creates an MMSI from its numeric value.</summary>
    /// <param name="value">1 to 999,999,999.</param>
    /// <returns>The MMSI.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public static Mmsi FromInt32(int value) => TryFromInt32(value, out var mmsi)
        ? mmsi
        : throw new ArgumentOutOfRangeException(nameof(value), value, "An MMSI is a number from 1 to 999999999.");

    /// <summary>Creates an MMSI if the value is in range.</summary>
    /// <param name="value">The candidate value.</param>
    /// <param name="mmsi">The MMSI when valid.</param>
    /// <returns>True when valid.</returns>
    public static bool TryFromInt32(int value, out Mmsi mmsi)
    {
        mmsi = value is >= 1 and <= MaxValue ? new Mmsi(value) : default;
        return mmsi.Value != 0;
    }

    /// <summary>Parses exactly nine ASCII digits.</summary>
    /// <param name="text">The text, e.g. "235009802".</param>
    /// <returns>The MMSI.</returns>
    /// <exception cref="FormatException">The text is not nine digits or is all zeros.</exception>
    public static Mmsi Parse(string text) => TryParse(text, out var mmsi)
        ? mmsi
        : throw new FormatException($"'{text}' is not an MMSI: expected nine digits, not all zero.");

    /// <summary>Parses exactly nine ASCII digits.</summary>
    /// <param name="text">The text.</param>
    /// <param name="mmsi">The MMSI when valid.</param>
    /// <returns>True when valid.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Mmsi mmsi)
    {
        mmsi = default;
        if (text.Length != 9)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return TryFromInt32(int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture), out mmsi);
    }

    /// <inheritdoc />
    public int CompareTo(Mmsi other) => Value.CompareTo(other.Value);

    /// <summary>Ordering comparison.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(Mmsi left, Mmsi right) => left.CompareTo(right) < 0;

    /// <summary>Ordering comparison.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(Mmsi left, Mmsi right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering comparison.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(Mmsi left, Mmsi right) => left.CompareTo(right) > 0;

    /// <summary>Ordering comparison.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(Mmsi left, Mmsi right) => left.CompareTo(right) >= 0;

    /// <summary>Nine digits with leading zeros.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value.ToString("D9", CultureInfo.InvariantCulture);
}
