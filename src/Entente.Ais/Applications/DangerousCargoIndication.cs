using Entente.Ais.Payload;

namespace Entente.Ais.Applications;

/// <summary>
/// Dangerous cargo indication (IMO SN.1/Circ.236, message 6, DAC 1, FI 12; 272 bits of application data): where the
/// documents for a dangerous cargo can be found, and what the cargo is. Missing bits of a short message read as zero.
/// </summary>
public readonly record struct DangerousCargoIndication : IAisApplication
{
    /// <inheritdoc />
    public int DesignatedAreaCode => 1;

    /// <inheritdoc />
    public int FunctionalId => 12;

    /// <summary>The last port of call, a UN/LOCODE; empty when not available.</summary>
    public string LastPortOfCall { get; init; }

    /// <summary>Raw departure month (UTC) from the last port: 1–12, 0 not available.</summary>
    public int DepartureMonthRaw { get; init; }

    /// <summary>Raw departure day: 1–31, 0 not available.</summary>
    public int DepartureDayRaw { get; init; }

    /// <summary>Raw departure hour: 0–23, 24 not available.</summary>
    public int DepartureHourRaw { get; init; }

    /// <summary>Raw departure minute: 0–59, 60 not available.</summary>
    public int DepartureMinuteRaw { get; init; }

    /// <summary>The next port of call, a UN/LOCODE; empty when not available.</summary>
    public string NextPortOfCall { get; init; }

    /// <summary>Raw ETA month (UTC) at the next port: 1–12, 0 not available.</summary>
    public int EtaMonthRaw { get; init; }

    /// <summary>Raw ETA day: 1–31, 0 not available.</summary>
    public int EtaDayRaw { get; init; }

    /// <summary>Raw ETA hour: 0–23, 24 not available.</summary>
    public int EtaHourRaw { get; init; }

    /// <summary>Raw ETA minute: 0–59, 60 not available.</summary>
    public int EtaMinuteRaw { get; init; }

    /// <summary>The main dangerous good, up to 20 characters.</summary>
    public string MainDangerousGood { get; init; }

    /// <summary>The IMDG class or division, up to 4 characters (e.g. "3.1").</summary>
    public string ImdgCategory { get; init; }

    /// <summary>Raw UN number: 1–3363; 0 not available.</summary>
    public int UnNumberRaw { get; init; }

    /// <summary>The amount of cargo in <see cref="Unit"/>.</summary>
    public int Amount { get; init; }

    /// <summary>The unit of <see cref="Amount"/>.</summary>
    public CargoUnit Unit { get; init; }

    /// <summary>Departure month, or null when not available.</summary>
    public int? DepartureMonth => ApplicationFields.Month(DepartureMonthRaw);

    /// <summary>Departure day, or null when not available.</summary>
    public int? DepartureDay => ApplicationFields.Day(DepartureDayRaw);

    /// <summary>Departure hour (UTC), or null when not available.</summary>
    public int? DepartureHour => ApplicationFields.Hour(DepartureHourRaw);

    /// <summary>Departure minute, or null when not available.</summary>
    public int? DepartureMinute => ApplicationFields.Minute(DepartureMinuteRaw);

    /// <summary>ETA month, or null when not available.</summary>
    public int? EtaMonth => ApplicationFields.Month(EtaMonthRaw);

    /// <summary>ETA day, or null when not available.</summary>
    public int? EtaDay => ApplicationFields.Day(EtaDayRaw);

    /// <summary>ETA hour (UTC), or null when not available.</summary>
    public int? EtaHour => ApplicationFields.Hour(EtaHourRaw);

    /// <summary>ETA minute, or null when not available.</summary>
    public int? EtaMinute => ApplicationFields.Minute(EtaMinuteRaw);

    /// <summary>The UN number, or null when not available or out of range.</summary>
    public int? UnNumber => ApplicationFields.Whole(UnNumberRaw, 1, 3363);

    internal static bool TryRead(in AisPayload bits, out DangerousCargoIndication application)
    {
        application = new DangerousCargoIndication
        {
            LastPortOfCall = bits.Text(0, 30),
            DepartureMonthRaw = (int)bits.Field(30, 4),
            DepartureDayRaw = (int)bits.Field(34, 5),
            DepartureHourRaw = (int)bits.Field(39, 5),
            DepartureMinuteRaw = (int)bits.Field(44, 6),
            NextPortOfCall = bits.Text(50, 30),
            EtaMonthRaw = (int)bits.Field(80, 4),
            EtaDayRaw = (int)bits.Field(84, 5),
            EtaHourRaw = (int)bits.Field(89, 5),
            EtaMinuteRaw = (int)bits.Field(94, 6),
            MainDangerousGood = bits.Text(100, 120),
            ImdgCategory = bits.Text(220, 24),
            UnNumberRaw = (int)bits.Field(244, 13),
            Amount = (int)bits.Field(257, 10),
            Unit = (CargoUnit)bits.Field(267, 2),
        };
        return true;
    }
}
