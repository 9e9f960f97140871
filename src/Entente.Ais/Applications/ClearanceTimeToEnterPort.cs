using Entente.Ais.Payload;

namespace Entente.Ais.Applications;

/// <summary>
/// Clearance time to enter port (IMO SN.1/Circ.289, message 6, DAC 1, FI 18; 272 bits of application data): the
/// port, berth and time a ship may enter. Missing bits of a short message read as zero.
/// </summary>
public readonly record struct ClearanceTimeToEnterPort : IAisApplication
{
    /// <inheritdoc />
    public int DesignatedAreaCode => 1;

    /// <inheritdoc />
    public int FunctionalId => 18;

    /// <summary>The message linkage ID, tying this message to others (e.g. a text description) from the same station.</summary>
    public int LinkageId { get; init; }

    /// <summary>Raw month (UTC): 1–12, 0 not available.</summary>
    public int MonthRaw { get; init; }

    /// <summary>Raw day: 1–31, 0 not available.</summary>
    public int DayRaw { get; init; }

    /// <summary>Raw hour (UTC): 0–23, 24 not available.</summary>
    public int HourRaw { get; init; }

    /// <summary>Raw minute: 0–59, 60 not available.</summary>
    public int MinuteRaw { get; init; }

    /// <summary>The name of the port and berth, up to 20 characters.</summary>
    public string PortAndBerth { get; init; }

    /// <summary>The destination, a UN/LOCODE.</summary>
    public string Destination { get; init; }

    /// <summary>Raw longitude of the berth in 1/1000 minute; 181° not available.</summary>
    public int LongitudeThousandthsMinute { get; init; }

    /// <summary>Raw latitude of the berth in 1/1000 minute; 91° not available.</summary>
    public int LatitudeThousandthsMinute { get; init; }

    /// <summary>Month, or null when not available.</summary>
    public int? Month => ApplicationFields.Month(MonthRaw);

    /// <summary>Day, or null when not available.</summary>
    public int? Day => ApplicationFields.Day(DayRaw);

    /// <summary>Hour (UTC), or null when not available.</summary>
    public int? Hour => ApplicationFields.Hour(HourRaw);

    /// <summary>Minute, or null when not available.</summary>
    public int? Minute => ApplicationFields.Minute(MinuteRaw);

    /// <summary>Longitude in degrees, or null when not available.</summary>
    public double? LongitudeDegrees => ApplicationFields.LongitudeDegreesThousandthMinute(LongitudeThousandthsMinute);

    /// <summary>Latitude in degrees, or null when not available.</summary>
    public double? LatitudeDegrees => ApplicationFields.LatitudeDegreesThousandthMinute(LatitudeThousandthsMinute);

    internal static bool TryRead(in AisPayload bits, out ClearanceTimeToEnterPort application)
    {
        application = new ClearanceTimeToEnterPort
        {
            LinkageId = (int)bits.Field(0, 10),
            MonthRaw = (int)bits.Field(10, 4),
            DayRaw = (int)bits.Field(14, 5),
            HourRaw = (int)bits.Field(19, 5),
            MinuteRaw = (int)bits.Field(24, 6),
            PortAndBerth = bits.Text(30, 120),
            Destination = bits.Text(150, 30),
            LongitudeThousandthsMinute = bits.TwosComplement(180, 25),
            LatitudeThousandthsMinute = bits.TwosComplement(205, 24),
        };
        return true;
    }
}
