using Entente.Ais.Messages;

namespace Entente.Ais.Encoders;

/// <summary>
/// Writes the messages a ship transmits (ITU-R M.1371-5 messages 1–3, 5, 18 and 24) into an
/// <see cref="AisBitWriter"/>, from the same records the decoder produces, so that encoding then decoding gives the
/// record back.
/// </summary>
public static class AisMessageEncoder
{
    /// <summary>Messages 1, 2 and 3 (168 bits).</summary>
    /// <param name="m">The report.</param>
    /// <param name="w">The writer, cleared first.</param>
    public static void Write(in PositionReportClassA m, AisBitWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        Header(w, m.MessageType is >= 1 and <= 3 ? m.MessageType : 1, m.RepeatIndicator, m.Mmsi);
        w.Field((int)m.NavigationStatus, 4).Field(m.RateOfTurnRaw, 8).Field(m.SpeedOverGroundTenthsKnot, 10).Flag(m.PositionAccuracyHigh)
            .Field(m.LongitudeTenThousandthsMinute, 28).Field(m.LatitudeTenThousandthsMinute, 27).Field(m.CourseOverGroundTenthsDegree, 12)
            .Field(m.TrueHeadingRaw, 9).Field(m.TimeStampRaw, 6).Field(m.ManeuverIndicator, 2).Field(m.Spare, 3).Flag(m.Raim).Field(m.RadioStatus, 19);
    }

    /// <summary>Message 5 (424 bits, two sentences).</summary>
    /// <param name="m">The static and voyage data.</param>
    /// <param name="w">The writer, cleared first.</param>
    public static void Write(in StaticAndVoyageData m, AisBitWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        Header(w, 5, m.RepeatIndicator, m.Mmsi);
        w.Field(m.AisVersion, 2).Field(m.ImoNumberRaw, 30).Text(m.CallSign, 7).Text(m.ShipName, 20).Field((int)m.ShipType, 8)
            .Field(m.DimensionToBowMetres, 9).Field(m.DimensionToSternMetres, 9).Field(m.DimensionToPortMetres, 6).Field(m.DimensionToStarboardMetres, 6)
            .Field((int)m.Epfd, 4).Field(m.EtaMonthRaw, 4).Field(m.EtaDayRaw, 5).Field(m.EtaHourRaw, 5).Field(m.EtaMinuteRaw, 6)
            .Field(m.DraughtDecimetres, 8).Text(m.Destination, 20).Flag(m.DteNotReady).Field(m.Spare, 1);
    }

    /// <summary>Message 18 (168 bits).</summary>
    /// <param name="m">The class B report.</param>
    /// <param name="w">The writer, cleared first.</param>
    public static void Write(in PositionReportClassB m, AisBitWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        Header(w, 18, m.RepeatIndicator, m.Mmsi);
        w.Field(m.RegionalReserved, 8).Field(m.SpeedOverGroundTenthsKnot, 10).Flag(m.PositionAccuracyHigh)
            .Field(m.LongitudeTenThousandthsMinute, 28).Field(m.LatitudeTenThousandthsMinute, 27).Field(m.CourseOverGroundTenthsDegree, 12)
            .Field(m.TrueHeadingRaw, 9).Field(m.TimeStampRaw, 6).Field(m.Spare, 2).Flag(m.IsCarrierSenseUnit).Flag(m.HasDisplay).Flag(m.HasDsc)
            .Flag(m.CanUseWholeBand).Flag(m.AcceptsMessage22).Flag(m.IsAssignedMode).Flag(m.Raim).Field(m.RadioStatus, 20);
    }

    /// <summary>Message 24 part A (168 bits).</summary>
    /// <param name="m">The part.</param>
    /// <param name="w">The writer, cleared first.</param>
    public static void Write(in StaticDataReportPartA m, AisBitWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        Header(w, 24, m.RepeatIndicator, m.Mmsi);
        w.Field(0, 2).Text(m.Name, 20).Field(m.Spare, 8);
    }

    /// <summary>Message 24 part B (168 bits), with dimensions (not a mothership MMSI).</summary>
    /// <param name="m">The part.</param>
    /// <param name="w">The writer, cleared first.</param>
    public static void Write(in StaticDataReportPartB m, AisBitWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        Header(w, 24, m.RepeatIndicator, m.Mmsi);
        w.Field(1, 2).Field((int)m.ShipType, 8).Field(m.VendorIdRaw, 18).Field(m.UnitModelCode, 4).Field(m.SerialNumber, 20).Text(m.CallSign, 7)
            .Field(m.ToBowMetres, 9).Field(m.ToSternMetres, 9).Field(m.ToPortMetres, 6).Field(m.ToStarboardMetres, 6).Field(m.Spare, 6);
    }

    private static void Header(AisBitWriter w, int type, int repeat, int mmsi)
    {
        w.Clear();
        w.Field(type, 6).Field(repeat, 2).Field(mmsi, 30);
    }
}
