using System.Collections.Immutable;
using Entente.Ais.Payload;

namespace Entente.Ais.Applications;

/// <summary>
/// Tidal window (IMO SN.1/Circ.289, message 6, DAC 1, FI 32): the month and day, then one to three predictions of
/// 88 bits each, when a fairway may be passed and the current to expect.
/// </summary>
public readonly record struct TidalWindowImo289 : IAisApplication
{
    /// <summary>The bits before the first prediction.</summary>
    public const int HeaderBits = 9;

    /// <inheritdoc />
    public int DesignatedAreaCode => 1;

    /// <inheritdoc />
    public int FunctionalId => 32;

    /// <summary>Raw month (UTC): 1–12, 0 not available.</summary>
    public int MonthRaw { get; init; }

    /// <summary>Raw day: 1–31, 0 not available.</summary>
    public int DayRaw { get; init; }

    /// <summary>The complete predictions carried; a trailing partial one is not included.</summary>
    public ImmutableArray<TidalWindowImo289Point> Points { get; init; }

    /// <summary>Month, or null when not available.</summary>
    public int? Month => ApplicationFields.Month(MonthRaw);

    /// <summary>Day, or null when not available.</summary>
    public int? Day => ApplicationFields.Day(DayRaw);

    /// <summary>Value equality, comparing the predictions one by one.</summary>
    /// <param name="other">The other tidal window.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(TidalWindowImo289 other) =>
        MonthRaw == other.MonthRaw && DayRaw == other.DayRaw && Points.AsSpan().SequenceEqual(other.Points.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MonthRaw, DayRaw, Points.IsDefaultOrEmpty ? 0 : Points.Length);

    internal static bool TryRead(in AisPayload bits, out TidalWindowImo289 application)
    {
        var count = Math.Max(0, (bits.BitLength - HeaderBits) / TidalWindowImo289Point.Bits);
        var points = ImmutableArray.CreateBuilder<TidalWindowImo289Point>(count);
        for (var i = 0; i < count; i++)
        {
            points.Add(TidalWindowImo289Point.Read(bits, HeaderBits + (i * TidalWindowImo289Point.Bits)));
        }

        application = new TidalWindowImo289
        {
            MonthRaw = (int)bits.Field(0, 4),
            DayRaw = (int)bits.Field(4, 5),
            Points = points.MoveToImmutable(),
        };
        return true;
    }
}
