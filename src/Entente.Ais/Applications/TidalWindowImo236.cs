using System.Collections.Immutable;
using Entente.Ais.Payload;

namespace Entente.Ais.Applications;

/// <summary>
/// Tidal window (IMO SN.1/Circ.236, message 6, DAC 1, FI 14): the month and day, then one to three predictions of
/// 93 bits each, when a fairway may be passed and the current to expect.
/// </summary>
public readonly record struct TidalWindowImo236 : IAisApplication
{
    /// <summary>The bits before the first prediction.</summary>
    public const int HeaderBits = 9;

    /// <inheritdoc />
    public int DesignatedAreaCode => 1;

    /// <inheritdoc />
    public int FunctionalId => 14;

    /// <summary>Raw month (UTC): 1–12, 0 not available.</summary>
    public int MonthRaw { get; init; }

    /// <summary>Raw day: 1–31, 0 not available.</summary>
    public int DayRaw { get; init; }

    /// <summary>The complete predictions carried; a trailing partial one is not included.</summary>
    public ImmutableArray<TidalWindowImo236Point> Points { get; init; }

    /// <summary>Month, or null when not available.</summary>
    public int? Month => ApplicationFields.Month(MonthRaw);

    /// <summary>Day, or null when not available.</summary>
    public int? Day => ApplicationFields.Day(DayRaw);

    /// <summary>Value equality, comparing the predictions one by one.</summary>
    /// <param name="other">The other tidal window.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(TidalWindowImo236 other) =>
        MonthRaw == other.MonthRaw && DayRaw == other.DayRaw && Points.AsSpan().SequenceEqual(other.Points.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MonthRaw, DayRaw, Points.IsDefaultOrEmpty ? 0 : Points.Length);

    internal static bool TryRead(in AisPayload bits, out TidalWindowImo236 application)
    {
        var count = Math.Max(0, (bits.BitLength - HeaderBits) / TidalWindowImo236Point.Bits);
        var points = ImmutableArray.CreateBuilder<TidalWindowImo236Point>(count);
        for (var i = 0; i < count; i++)
        {
            points.Add(TidalWindowImo236Point.Read(bits, HeaderBits + (i * TidalWindowImo236Point.Bits)));
        }

        application = new TidalWindowImo236
        {
            MonthRaw = (int)bits.Field(0, 4),
            DayRaw = (int)bits.Field(4, 5),
            Points = points.MoveToImmutable(),
        };
        return true;
    }
}
