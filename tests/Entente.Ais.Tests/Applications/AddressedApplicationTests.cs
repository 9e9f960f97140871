using Entente.Ais.Applications;
using Entente.Ais.Messages;
using Entente.Ais.Tests.Messages;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Applications;

/// <summary>The applications of message 6, built field by field from IMO SN.1/Circ.236 and 289, Inland AIS and IALA A-126.</summary>
public sealed class AddressedApplicationTests
{
    [Fact]
    public void DangerousCargo_ReadsEveryField()
    {
        var builder = BinaryMessageTests.Addressed(1, 12)
            .Text("FRCQF", 5).Field(12, 4).Field(31, 5).Field(23, 5).Field(59, 6)
            .Text("GBDOV", 5).Field(1, 4).Field(2, 5).Field(3, 5).Field(4, 6)
            .Text("PETROL", 20).Text("3.1", 4).Field(1203, 13).Field(500, 10).Field(2, 2).Field(0, 3);
        var a = Application<DangerousCargoIndication>(builder);

        Assert.Equal("FRCQF", a.LastPortOfCall);
        Assert.Equal((12, 31, 23, 59), (a.DepartureMonth, a.DepartureDay, a.DepartureHour, a.DepartureMinute));
        Assert.Equal("GBDOV", a.NextPortOfCall);
        Assert.Equal((1, 2, 3, 4), (a.EtaMonth, a.EtaDay, a.EtaHour, a.EtaMinute));
        Assert.Equal("PETROL", a.MainDangerousGood);
        Assert.Equal("3.1", a.ImdgCategory);
        Assert.Equal(1203, a.UnNumber);
        Assert.Equal(500, a.Amount);
        Assert.Equal(CargoUnit.MetricTonnes, a.Unit);
        Assert.Equal((1, 12), (a.DesignatedAreaCode, a.FunctionalId));
    }

    [Fact]
    public void DangerousCargo_NotAvailableValuesAreNull()
    {
        var builder = BinaryMessageTests.Addressed(1, 12)
            .Text("", 5).Field(0, 4).Field(0, 5).Field(24, 5).Field(60, 6)
            .Text("", 5).Field(0, 4).Field(0, 5).Field(24, 5).Field(60, 6)
            .Text("", 20).Text("", 4).Field(0, 13).Field(0, 10).Field(0, 2).Field(0, 3);
        var a = Application<DangerousCargoIndication>(builder);

        Assert.Equal(string.Empty, a.LastPortOfCall);
        Assert.Null(a.DepartureMonth);
        Assert.Null(a.DepartureDay);
        Assert.Null(a.DepartureHour);
        Assert.Null(a.DepartureMinute);
        Assert.Null(a.EtaHour);
        Assert.Null(a.UnNumber);
        Assert.Equal(CargoUnit.NotAvailable, a.Unit);
    }

    [Fact]
    public void DangerousCargo_ShortData_ReadsMissingBitsAsZero()
    {
        var a = Application<DangerousCargoIndication>(BinaryMessageTests.Addressed(1, 12).Text("FRCQF", 5).Field(5, 4));

        Assert.Equal("FRCQF", a.LastPortOfCall);
        Assert.Equal(5, a.DepartureMonth);
        Assert.Equal(string.Empty, a.NextPortOfCall);
        Assert.Equal(0, a.Amount);
    }

    [Fact]
    public void TidalWindowImo236_ReadsCompletePredictions()
    {
        var builder = BinaryMessageTests.Addressed(1, 14).Field(3, 4).Field(17, 5);
        Tidal236(builder, (51 * 600_000) + 6_000, 1 * 600_000, 6, 30, 8, 45, 270, 25);
        Tidal236(builder, 91 * 600_000, 181 * 600_000, 24, 60, 24, 60, 360, 127);
        var a = Application<TidalWindowImo236>(builder);

        Assert.Equal(3, a.Month);
        Assert.Equal(17, a.Day);
        Assert.Equal(2, a.Points.Length);
        var p = a.Points[0];
        Assert.Equal(51.01, p.LatitudeDegrees!.Value, 9);
        Assert.Equal(1.0, p.LongitudeDegrees!.Value, 9);
        Assert.Equal((6, 30, 8, 45), (p.FromHour, p.FromMinute, p.ToHour, p.ToMinute));
        Assert.Equal(270, p.CurrentDirectionDegrees);
        Assert.Equal(2.5, p.CurrentSpeedKnots);
        var q = a.Points[1];
        Assert.Null(q.LatitudeDegrees);
        Assert.Null(q.LongitudeDegrees);
        Assert.Null(q.FromHour);
        Assert.Null(q.FromMinute);
        Assert.Null(q.CurrentDirectionDegrees);
        Assert.Null(q.CurrentSpeedKnots);
    }

    [Fact]
    public void TidalWindowImo236_PartialPredictionIsNotCounted()
    {
        var builder = BinaryMessageTests.Addressed(1, 14).Field(3, 4).Field(17, 5);
        Tidal236(builder, 0, 0, 1, 2, 3, 4, 5, 6);
        builder.Field(0, 50);

        Assert.Single(Application<TidalWindowImo236>(builder).Points);
    }

    [Fact]
    public void TidalWindow_EqualityComparesPredictions()
    {
        PayloadBuilder Build(int speed)
        {
            var b = BinaryMessageTests.Addressed(1, 14).Field(3, 4).Field(17, 5);
            Tidal236(b, 0, 0, 1, 2, 3, 4, 5, speed);
            return b;
        }

        Assert.Equal(Application<TidalWindowImo236>(Build(6)), Application<TidalWindowImo236>(Build(6)));
        Assert.NotEqual(Application<TidalWindowImo236>(Build(6)), Application<TidalWindowImo236>(Build(7)));
    }

    [Fact]
    public void TidalWindowImo289_ReadsPredictions()
    {
        var builder = BinaryMessageTests.Addressed(1, 32).Field(12, 4).Field(1, 5);
        Tidal289(builder, -(1 * 60_000) - 6_000, (51 * 60_000) + 600, 0, 0, 23, 59, 359, 251);
        Tidal289(builder, 181 * 60_000, 91 * 60_000, 24, 60, 24, 60, 360, 255);
        var a = Application<TidalWindowImo289>(builder);

        Assert.Equal((12, 1), (a.Month, a.Day));
        Assert.Equal(2, a.Points.Length);
        Assert.Equal(-1.1, a.Points[0].LongitudeDegrees!.Value, 9);
        Assert.Equal(51.01, a.Points[0].LatitudeDegrees!.Value, 9);
        Assert.Equal((0, 0, 23, 59), (a.Points[0].FromHour, a.Points[0].FromMinute, a.Points[0].ToHour, a.Points[0].ToMinute));
        Assert.Equal(359, a.Points[0].CurrentDirectionDegrees);
        Assert.Equal(25.1, a.Points[0].CurrentSpeedKnots);
        Assert.Null(a.Points[1].LongitudeDegrees);
        Assert.Null(a.Points[1].LatitudeDegrees);
        Assert.Null(a.Points[1].CurrentSpeedKnots);
    }

    [Fact]
    public void ClearanceTime_ReadsEveryField()
    {
        var builder = BinaryMessageTests.Addressed(1, 18)
            .Field(1023, 10).Field(6, 4).Field(21, 5).Field(14, 5).Field(30, 6)
            .Text("DOVER EASTERN DOCKS", 20).Text("GBDOV", 5)
            .Field((1 * 60_000) + 18_900, 25).Field((51 * 60_000) + 7_200, 24).Field(0, 43);
        var a = Application<ClearanceTimeToEnterPort>(builder);

        Assert.Equal(1023, a.LinkageId);
        Assert.Equal((6, 21, 14, 30), (a.Month, a.Day, a.Hour, a.Minute));
        Assert.Equal("DOVER EASTERN DOCKS", a.PortAndBerth);
        Assert.Equal("GBDOV", a.Destination);
        Assert.Equal(1.315, a.LongitudeDegrees!.Value, 9);
        Assert.Equal(51.12, a.LatitudeDegrees!.Value, 9);
    }

    [Fact]
    public void ClearanceTime_NotAvailablePositionIsNull()
    {
        var builder = BinaryMessageTests.Addressed(1, 18)
            .Field(0, 10).Field(0, 4).Field(0, 5).Field(24, 5).Field(60, 6).Text("", 20).Text("", 5)
            .Field(181 * 60_000, 25).Field(91 * 60_000, 24).Field(0, 43);
        var a = Application<ClearanceTimeToEnterPort>(builder);

        Assert.Null(a.LongitudeDegrees);
        Assert.Null(a.LatitudeDegrees);
        Assert.Null(a.Month);
        Assert.Null(a.Hour);
        Assert.Null(a.Minute);
    }

    [Fact]
    public void TextDescription_ReadsEveryWholeCharacter()
    {
        var a = Application<AddressedTextDescription>(
            BinaryMessageTests.Addressed(1, 30).Field(42, 10).Text("SWELL \"8M\" \\", 12).Field(0b101, 3));

        Assert.Equal(42, a.LinkageId);
        Assert.Equal("SWELL \"8M\" \\", a.Text);
    }

    [Theory]
    [InlineData(235)]
    [InlineData(250)]
    public void AtonMonitoring_ReadsEveryField(int dac)
    {
        var builder = BinaryMessageTests.Addressed(dac, 10)
            .Field(274, 10).Field(0, 10).Field(720, 10).Field(2, 2).Field(1, 2).Flag(true).Field(0b1000_0001, 8).Flag(true).Field(0, 4);
        var a = Application<AtonMonitoringData>(builder);

        Assert.Equal(dac, a.DesignatedAreaCode);
        Assert.Equal(10, a.FunctionalId);
        Assert.Equal(13.7, a.InternalVolts!.Value, 9);
        Assert.Null(a.External1Volts);
        Assert.Equal(36.0, a.External2Volts!.Value, 9);
        Assert.Equal(RaconStatus.Operational, a.Racon);
        Assert.Equal(AtonLightStatus.On, a.Light);
        Assert.True(a.Alarm);
        Assert.Equal(0b1000_0001, a.DigitalInputs);
        Assert.True(a.OffPosition);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    [InlineData(8)]
    public void AtonMonitoring_OfAnotherLength_StaysRaw(int extraBits)
    {
        var builder = BinaryMessageTests.Addressed(235, 10).Field(0, 48 + extraBits);
        var m = Decode.One<AddressedBinaryMessage>(builder);

        Assert.Null(m.Application);
        Assert.Equal(48 + extraBits, m.Data.BitLength);
    }

    [Fact]
    public void InlandPersonsOnBoard_ReadsCounts()
    {
        var a = Application<InlandPersonsOnBoard>(BinaryMessageTests.Addressed(200, 55).Field(4, 8).Field(120, 13).Field(2, 8).Field(0, 51));

        Assert.Equal(4, a.Crew);
        Assert.Equal(120, a.Passengers);
        Assert.Equal(2, a.Personnel);
        Assert.Equal((200, 55), (a.DesignatedAreaCode, a.FunctionalId));
    }

    [Fact]
    public void InlandPersonsOnBoard_UnknownCountsAreNull()
    {
        var a = Application<InlandPersonsOnBoard>(BinaryMessageTests.Addressed(200, 55).Field(255, 8).Field(8191, 13).Field(255, 8).Field(0, 51));

        Assert.Null(a.Crew);
        Assert.Null(a.Passengers);
        Assert.Null(a.Personnel);
        Assert.Equal((255, 8191, 255), (a.CrewRaw, a.PassengersRaw, a.PersonnelRaw));
    }

    [Fact]
    public void InlandPersonsOnBoard_OfAnotherLength_StaysRaw()
    {
        Assert.Null(Decode.One<AddressedBinaryMessage>(BinaryMessageTests.Addressed(200, 55).Field(4, 8).Field(1, 13)).Application);
    }

    [Fact]
    public void SamePairInBroadcast_IsNotTheAddressedApplication()
    {
        var m = Decode.One<BroadcastBinaryMessage>(BinaryMessageTests.Broadcast(1, 30).Field(42, 10).Text("HELLO", 5));
        Assert.Null(m.Application);
    }

    private static T Application<T>(PayloadBuilder builder)
        where T : IAisApplication => Assert.IsType<T>(Decode.One<AddressedBinaryMessage>(builder).Application);

    private static void Tidal236(PayloadBuilder b, int lat, int lon, int fromHour, int fromMinute, int toHour, int toMinute, int direction, int speed) =>
        b.Field(lat, 27).Field(lon, 28).Field(fromHour, 5).Field(fromMinute, 6).Field(toHour, 5).Field(toMinute, 6).Field(direction, 9).Field(speed, 7);

    private static void Tidal289(PayloadBuilder b, int lon, int lat, int fromHour, int fromMinute, int toHour, int toMinute, int direction, int speed) =>
        b.Field(lon, 25).Field(lat, 24).Field(fromHour, 5).Field(fromMinute, 6).Field(toHour, 5).Field(toMinute, 6).Field(direction, 9).Field(speed, 8);
}
