using Entente.Ais.Decoding;
using Entente.Ais.Messages;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Messages;

public sealed class StaticDataReportTests
{
    // ITU-R M.1371-5 message 24 part A: part number 0, name, 8 spare bits (often left out).
    internal static PayloadBuilder PartA(int mmsi, string name, int bits = 168, int part = 0) => new PayloadBuilder()
        .Field(24, 6).Field(0, 2).Field(mmsi, 30).Field(part, 2).Text(name, 20).Field(0, 8).Sized(bits);

    // Part B: part number 1, ship type, vendor (3 characters, model, serial), call sign, dimensions or mother ship.
    internal static PayloadBuilder PartB(int mmsi, int? mothership = null, int repeat = 0, int bits = 168)
    {
        var builder = new PayloadBuilder()
            .Field(24, 6).Field(repeat, 2).Field(mmsi, 30).Field(1, 2).Field(37, 8).Text("ABC", 3).Field(3, 4).Field(12_345, 20)
            .Text("CALL", 7);
        builder = mothership is { } m ? builder.Field(m, 30) : builder.Field(1, 9).Field(2, 9).Field(3, 6).Field(4, 6);
        return builder.Field(0, 6).Sized(bits);
    }

    [Fact]
    public void PartA_ReadsTheName()
    {
        var m = MessageRead.As<StaticDataReportPartA>(PartA(271_041_815, "PROGUY"));

        Assert.Equal((24, 271_041_815, 0), (m.MessageType, m.Mmsi, m.PartNumber));
        Assert.Equal("PROGUY", m.Name);
    }

    [Theory]
    [InlineData(160)]
    [InlineData(162)]
    [InlineData(168)]
    public void PartA_OffSpecLengths_AreRead(int bits) =>
        Assert.Equal("PROGUY", MessageRead.As<StaticDataReportPartA>(PartA(1, "PROGUY", bits)).Name);

    [Fact]
    public void PartA_Short_IsTooShort() => Assert.Equal(AisErrorKind.MessageTooShort, MessageRead.Error(PartA(1, "X", 159)));

    [Fact]
    public void PartA_Long_IsBadLength() => Assert.Equal(AisErrorKind.BadMessageLength, MessageRead.Error(PartA(1, "X", 169)));

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void PartNumberAboveOne_IsBadFieldValue(int part) =>
        Assert.Equal(AisErrorKind.BadFieldValue, MessageRead.Error(PartA(1, "X", 174, part)));

    [Fact]
    public void Header_Short_IsTooShort() => Assert.Equal(AisErrorKind.MessageTooShort, MessageRead.Error(PartA(1, "X").Sized(39)));

    [Fact]
    public void PartB_ReadsEveryField()
    {
        var m = MessageRead.As<StaticDataReportPartB>(PartB(271_041_815));

        Assert.Equal((24, 271_041_815, 1), (m.MessageType, m.Mmsi, m.PartNumber));
        Assert.Equal(ShipType.PleasureCraft, m.ShipType);
        Assert.Equal("ABC", m.VendorId);
        Assert.Equal((1 << 12) | (2 << 6) | 3, m.VendorIdRaw);
        Assert.Equal(3, m.UnitModelCode);
        Assert.Equal(12_345, m.SerialNumber);
        Assert.Equal("CALL", m.CallSign);
        Assert.Equal((1, 2, 3, 4), (m.ToBowMetres, m.ToSternMetres, m.ToPortMetres, m.ToStarboardMetres));
        Assert.False(m.IsAuxiliaryCraft);
        Assert.Null(m.MothershipMmsi);
    }

    [Fact]
    public void PartB_AuxiliaryCraft_HasTheMothership()
    {
        var m = MessageRead.As<StaticDataReportPartB>(PartB(981_234_567, mothership: 123_456_789));

        Assert.True(m.IsAuxiliaryCraft);
        Assert.Equal(123_456_789, m.MothershipMmsi);
    }

    [Fact]
    public void PartB_Short_IsTooShort() => Assert.Equal(AisErrorKind.MessageTooShort, MessageRead.Error(PartB(1, bits: 167)));

    [Fact]
    public void PartB_Long_IsRead() => Assert.Equal("CALL", MessageRead.As<StaticDataReportPartB>(PartB(1, bits: 180)).CallSign);

    [Fact]
    public void Combine_JoinsTheParts()
    {
        var a = MessageRead.As<StaticDataReportPartA>(PartA(7, "NAME"));
        var b = MessageRead.As<StaticDataReportPartB>(PartB(7, repeat: 2));

        var r = StaticDataReport.Combine(a, b);

        Assert.Equal((24, 2, 7), (r.MessageType, r.RepeatIndicator, r.Mmsi));
        Assert.Equal("NAME", r.Name);
        Assert.Equal(ShipType.PleasureCraft, r.ShipType);
        Assert.Equal(("ABC", 3, 12_345, "CALL"), (r.VendorId, r.UnitModelCode, r.SerialNumber, r.CallSign));
        Assert.Equal((1, 2, 3, 4), (r.ToBowMetres, r.ToSternMetres, r.ToPortMetres, r.ToStarboardMetres));
    }

    [Fact]
    public void Combine_DifferentStations_Throws() => Assert.Throws<ArgumentException>(() => StaticDataReport.Combine(
        MessageRead.As<StaticDataReportPartA>(PartA(7, "NAME")), MessageRead.As<StaticDataReportPartB>(PartB(8))));

    [Fact]
    public void Merger_JoinsInEitherOrder()
    {
        var merger = new StaticDataReportMerger();

        Assert.False(merger.Add(MessageRead.As<StaticDataReportPartA>(PartA(7, "SEVEN")), out _));
        Assert.False(merger.Add(MessageRead.As<StaticDataReportPartB>(PartB(8)), out _));
        Assert.True(merger.Add(MessageRead.As<StaticDataReportPartB>(PartB(7)), out var seven));
        Assert.True(merger.Add(MessageRead.As<StaticDataReportPartA>(PartA(8, "EIGHT")), out var eight));

        Assert.Equal((7, "SEVEN"), (seven.Mmsi, seven.Name));
        Assert.Equal((8, "EIGHT", "CALL"), (eight.Mmsi, eight.Name, eight.CallSign));
        Assert.Equal(2, merger.Count);
    }

    [Fact]
    public void Merger_NewerPart_UpdatesTheRecord()
    {
        var merger = new StaticDataReportMerger();
        merger.Add(MessageRead.As<StaticDataReportPartA>(PartA(7, "OLD")), out _);
        merger.Add(MessageRead.As<StaticDataReportPartB>(PartB(7)), out _);

        Assert.True(merger.Add((IAisMessage)MessageRead.As<StaticDataReportPartA>(PartA(7, "NEW")), out var report));
        Assert.Equal("NEW", report.Name);
    }

    [Fact]
    public void Merger_ForgetsTheLeastRecentlyHeard()
    {
        var merger = new StaticDataReportMerger(capacity: 2);
        merger.Add(MessageRead.As<StaticDataReportPartA>(PartA(1, "ONE")), out _);
        merger.Add(MessageRead.As<StaticDataReportPartA>(PartA(2, "TWO")), out _);
        merger.Add(MessageRead.As<StaticDataReportPartB>(PartB(1)), out _);
        merger.Add(MessageRead.As<StaticDataReportPartA>(PartA(3, "THREE")), out _);

        Assert.Equal(2, merger.Count);
        Assert.False(merger.Add(MessageRead.As<StaticDataReportPartB>(PartB(2)), out _));
        Assert.True(merger.Add(MessageRead.As<StaticDataReportPartB>(PartB(3)), out var three));
        Assert.Equal("THREE", three.Name);
    }

    [Fact]
    public void Merger_OtherMessages_AreIgnored()
    {
        var merger = new StaticDataReportMerger();

        Assert.False(merger.Add(MessageRead.As<DgnssBroadcast>(new PayloadBuilder().Field(17, 6).Field(0, 74)), out _));
        Assert.Equal(0, merger.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => new StaticDataReportMerger(0));
    }
}
