using Entente.Ais.Payload;

namespace Entente.Ais.Applications;

/// <summary>One prediction of an IMO SN.1/Circ.289 tidal window (88 bits): a position, a time window and the current.</summary>
public readonly record struct TidalWindowImo289Point
{
    /// <summary>The bits of one prediction.</summary>
    public const int Bits = 88;

    /// <summary>Raw longitude in 1/1000 minute; 181° not available.</summary>
    public int LongitudeThousandthsMinute { get; init; }

    /// <summary>Raw latitude in 1/1000 minute; 91° not available.</summary>
    public int LatitudeThousandthsMinute { get; init; }

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

    /// <summary>Raw predicted current speed in 1/10 knot: 0–250, 251 means 25.1 knots or more, 255 not available.</summary>
    public int CurrentSpeedTenthsKnot { get; init; }

    /// <summary>Longitude in degrees, or null when not available.</summary>
    public double? LongitudeDegrees => ApplicationFields.LongitudeDegreesThousandthMinute(LongitudeThousandthsMinute);

    /// <summary>Latitude in degrees, or null when not available.</summary>
    public double? LatitudeDegrees => ApplicationFields.LatitudeDegreesThousandthMinute(LatitudeThousandthsMinute);

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

    /// <summary>Predicted current speed in knots (25.1 meaning 25.1 or more), or null when not available.</summary>
    public double? CurrentSpeedKnots => ApplicationFields.Tenths(CurrentSpeedTenthsKnot, 0, 251);

    /// <summary>Reads the prediction starting at a bit of the application data; missing bits read as zero.</summary>
    /// <param name="bits">The application data.</param>
    /// <param name="start">The first bit of the prediction.</param>
    /// <returns>The prediction.</returns>
    internal static TidalWindowImo289Point Read(in AisPayload bits, int start) => new()
    {
        LongitudeThousandthsMinute = bits.TwosComplement(start, 25),
        LatitudeThousandthsMinute = bits.TwosComplement(start + 25, 24),
        FromHourRaw = (int)bits.Field(start + 49, 5),
        FromMinuteRaw = (int)bits.Field(start + 54, 6),
        ToHourRaw = (int)bits.Field(start + 60, 5),
        ToMinuteRaw = (int)bits.Field(start + 65, 6),
        CurrentDirectionRaw = (int)bits.Field(start + 71, 9),
        CurrentSpeedTenthsKnot = (int)bits.Field(start + 80, 8),
    };
}
