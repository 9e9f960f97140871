using Entente.Ais.Messages;
using Entente.Ais.Payload;

namespace Entente.Ais.Applications;

/// <summary>One prediction of an IMO SN.1/Circ.236 tidal window (93 bits): a position, a time window and the current.</summary>
public readonly record struct TidalWindowImo236Point
{
    /// <summary>The bits of one prediction.</summary>
    public const int Bits = 93;

    /// <summary>Raw latitude in 1/10000 minute; 91° not available.</summary>
    public int LatitudeTenThousandthsMinute { get; init; }

    /// <summary>Raw longitude in 1/10000 minute; 181° not available.</summary>
    public int LongitudeTenThousandthsMinute { get; init; }

    /// <summary>Raw start hour (UTC): 0–23, 24 not available.</summary>
    public int FromHourRaw { get; init; }

    /// <summary>Raw start minute: 0–59, 60 not available.</summary>
    public int FromMinuteRaw { get; init; }

    /// <summary>Raw end hour (UTC): 0–23, 24 not available.</summary>
    public int ToHourRaw { get; init; }

    /// <summary>Raw end minute: 0–59, 60 not available.</summary>
    public int ToMinuteRaw { get; init; }

    /// <summary>Raw predicted current direction in degrees: 0–359, 360 not available.</summary>
    public int CurrentDirectionRaw { get; init; }

    /// <summary>Raw predicted current speed in 1/10 knot: 0–126, 127 not available.</summary>
    public int CurrentSpeedTenthsKnot { get; init; }

    /// <summary>Latitude in degrees, or null when not available.</summary>
    public double? LatitudeDegrees => AisFields.LatitudeDegrees(LatitudeTenThousandthsMinute);

    /// <summary>Longitude in degrees, or null when not available.</summary>
    public double? LongitudeDegrees => AisFields.LongitudeDegrees(LongitudeTenThousandthsMinute);

    /// <summary>Start hour (UTC), or null when not available.</summary>
    public int? FromHour => ApplicationFields.Hour(FromHourRaw);

    /// <summary>Start minute, or null when not available.</summary>
    public int? FromMinute => ApplicationFields.Minute(FromMinuteRaw);

    /// <summary>End hour (UTC), or null when not available.</summary>
    public int? ToHour => ApplicationFields.Hour(ToHourRaw);

    /// <summary>End minute, or null when not available.</summary>
    public int? ToMinute => ApplicationFields.Minute(ToMinuteRaw);

    /// <summary>Predicted current direction in degrees true, or null when not available.</summary>
    public int? CurrentDirectionDegrees => ApplicationFields.Direction(CurrentDirectionRaw);

    /// <summary>Predicted current speed in knots, or null when not available.</summary>
    public double? CurrentSpeedKnots => ApplicationFields.Tenths(CurrentSpeedTenthsKnot, 0, 126);

    /// <summary>Reads the prediction starting at a bit of the application data; missing bits read as zero.</summary>
    /// <param name="bits">The application data.</param>
    /// <param name="start">The first bit of the prediction.</param>
    /// <returns>The prediction.</returns>
    internal static TidalWindowImo236Point Read(in AisPayload bits, int start) => new()
    {
        LatitudeTenThousandthsMinute = bits.TwosComplement(start, 27),
        LongitudeTenThousandthsMinute = bits.TwosComplement(start + 27, 28),
        FromHourRaw = (int)bits.Field(start + 55, 5),
        FromMinuteRaw = (int)bits.Field(start + 60, 6),
        ToHourRaw = (int)bits.Field(start + 66, 5),
        ToMinuteRaw = (int)bits.Field(start + 71, 6),
        CurrentDirectionRaw = (int)bits.Field(start + 77, 9),
        CurrentSpeedTenthsKnot = (int)bits.Field(start + 86, 7),
    };
}
