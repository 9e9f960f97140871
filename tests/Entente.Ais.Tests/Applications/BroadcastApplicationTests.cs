using Entente.Ais.Applications;
using Entente.Ais.Messages;
using Entente.Ais.Tests.Messages;
using Entente.Ais.Tests.Support;

namespace Entente.Ais.Tests.Applications;

/// <summary>The applications of message 8, built field by field from IMO SN.1/Circ.236 and 289 and Inland AIS.</summary>
public sealed class BroadcastApplicationTests
{
    [Fact]
    public void MeteorologicalImo236_ReadsEveryField()
    {
        var builder = BinaryMessageTests.Broadcast(1, 11)
            .Field((51 * 60_000) + 7_000, 24).Field((1 * 60_000) + 19_000, 25).Field(18, 5).Field(17, 5).Field(15, 6)
            .Field(3, 7).Field(6, 7).Field(12, 9).Field(15, 9)
            .Field(742, 11).Field(50, 7).Field(323, 10).Field(224, 9).Field(1, 2)
            .Field(153, 8).Field(16, 9).Field(2, 2)
            .Field(103, 8).Field(256, 9).Field(104, 8).Field(257, 9).Field(10, 5).Field(126, 8).Field(203, 9).Field(20, 5)
            .Field(42, 8).Field(35, 6).Field(25, 9).Field(23, 8).Field(48, 6).Field(124, 9).Field(3, 4)
            .Field(223, 10).Field(1, 3).Field(53, 9).Field(1, 2).Field(0, 6);
        var a = Application<MeteorologicalHydrologicalImo236>(builder);

        Assert.Equal(51.116_666_667, a.LatitudeDegrees!.Value, 6);
        Assert.Equal(1.316_666_667, a.LongitudeDegrees!.Value, 6);
        Assert.Equal((18, 17, 15), (a.Day, a.Hour, a.Minute));
        Assert.Equal((3, 6, 12, 15), (a.WindSpeedKnots, a.WindGustKnots, a.WindDirectionDegrees, a.WindGustDirectionDegrees));
        Assert.Equal(14.2, a.AirTemperatureCelsius!.Value, 9);
        Assert.Equal(50, a.RelativeHumidityPercent);
        Assert.Equal(12.3, a.DewPointCelsius!.Value, 9);
        Assert.Equal(1024, a.AirPressureHectopascals);
        Assert.Equal(MeteorologicalTendency.Decreasing, a.PressureTendency);
        Assert.Equal(15.3, a.VisibilityNauticalMiles!.Value, 9);
        Assert.Equal(-8.4, a.WaterLevelMetres!.Value, 9);
        Assert.Equal(MeteorologicalTendency.Increasing, a.WaterLevelTrend);
        Assert.Equal(10.3, a.SurfaceCurrentSpeedKnots!.Value, 9);
        Assert.Equal(256, a.SurfaceCurrentDirectionDegrees);
        Assert.Equal((10.4, 257, 10), (a.Current2SpeedKnots, a.Current2DirectionDegrees, a.Current2DepthMetres));
        Assert.Equal((12.6, 203, 20), (a.Current3SpeedKnots, a.Current3DirectionDegrees, a.Current3DepthMetres));
        Assert.Equal((4.2, 35, 25), (a.WaveHeightMetres, a.WavePeriodSeconds, a.WaveDirectionDegrees));
        Assert.Equal((2.3, 48, 124), (a.SwellHeightMetres, a.SwellPeriodSeconds, a.SwellDirectionDegrees));
        Assert.Equal(3, a.SeaStateBeaufort);
        Assert.Equal(12.3, a.WaterTemperatureCelsius!.Value, 9);
        Assert.Equal(PrecipitationType.Rain, a.Precipitation);
        Assert.Equal(5.3, a.SalinityPermille!.Value, 9);
        Assert.True(a.Ice);
    }

    [Fact]
    public void MeteorologicalImo236_NotAvailableValuesAreNull()
    {
        var builder = BinaryMessageTests.Broadcast(1, 11)
            .Field(0x7F_FFFF, 24).Field(0xFF_FFFF, 25).Field(31, 5).Field(31, 5).Field(63, 6)
            .Field(127, 7).Field(127, 7).Field(511, 9).Field(511, 9)
            .Field(2047, 11).Field(127, 7).Field(1023, 10).Field(511, 9).Field(3, 2)
            .Field(255, 8).Field(511, 9).Field(3, 2)
            .Field(255, 8).Field(511, 9).Field(255, 8).Field(511, 9).Field(31, 5).Field(255, 8).Field(511, 9).Field(31, 5)
            .Field(255, 8).Field(63, 6).Field(511, 9).Field(255, 8).Field(63, 6).Field(511, 9).Field(13, 4)
            .Field(1023, 10).Field(7, 3).Field(511, 9).Field(3, 2).Field(0, 6);
        var a = Application<MeteorologicalHydrologicalImo236>(builder);

        Assert.Null(a.LatitudeDegrees);
        Assert.Null(a.LongitudeDegrees);
        Assert.Null(a.Day);
        Assert.Null(a.Hour);
        Assert.Null(a.Minute);
        Assert.Null(a.WindSpeedKnots);
        Assert.Null(a.WindDirectionDegrees);
        Assert.Null(a.AirTemperatureCelsius);
        Assert.Null(a.RelativeHumidityPercent);
        Assert.Null(a.DewPointCelsius);
        Assert.Null(a.AirPressureHectopascals);
        Assert.Equal(MeteorologicalTendency.NotAvailable, a.PressureTendency);
        Assert.Null(a.VisibilityNauticalMiles);
        Assert.Null(a.WaterLevelMetres);
        Assert.Null(a.SurfaceCurrentSpeedKnots);
        Assert.Null(a.Current2DepthMetres);
        Assert.Null(a.WaveHeightMetres);
        Assert.Null(a.WavePeriodSeconds);
        Assert.Null(a.SwellDirectionDegrees);
        Assert.Null(a.SeaStateBeaufort);
        Assert.Null(a.WaterTemperatureCelsius);
        Assert.Equal(PrecipitationType.NotAvailable, a.Precipitation);
        Assert.Null(a.SalinityPermille);
        Assert.Null(a.Ice);
    }

    [Fact]
    public void MeteorologicalImo289_ReadsEveryField()
    {
        var builder = Imo289(lon: -(6 * 60_000) - 8_044, lat: (53 * 60_000) + 17_696, airTemperature: -125, dewPoint: -1, pressure: 214,
            waterLevel: 1538, waterTemperature: -1, salinity: 501);
        var a = Application<MeteorologicalHydrologicalImo289>(builder);

        Assert.Equal(-6.134_066_667, a.LongitudeDegrees!.Value, 6);
        Assert.Equal(53.294_933_333, a.LatitudeDegrees!.Value, 6);
        Assert.True(a.PositionAccuracyHigh);
        Assert.Equal((29, 23, 24), (a.Day, a.Hour, a.Minute));
        Assert.Equal((17, 126, 132, 0), (a.WindSpeedKnots, a.WindGustKnots, a.WindDirectionDegrees, a.WindGustDirectionDegrees));
        Assert.Equal(-12.5, a.AirTemperatureCelsius!.Value, 9);
        Assert.Equal(100, a.RelativeHumidityPercent);
        Assert.Equal(-0.1, a.DewPointCelsius!.Value, 9);
        Assert.Equal(1013, a.AirPressureHectopascals);
        Assert.Equal(MeteorologicalTendency.Steady, a.PressureTendency);
        Assert.True(a.VisibilityGreaterThan);
        Assert.Equal(12.6, a.VisibilityNauticalMiles!.Value, 9);
        Assert.Equal(5.38, a.WaterLevelMetres!.Value, 9);
        Assert.Equal(MeteorologicalTendency.Decreasing, a.WaterLevelTrend);
        Assert.Equal(25.1, a.SurfaceCurrentSpeedKnots!.Value, 9);
        Assert.Equal(12, a.SeaStateBeaufort);
        Assert.Equal(-0.1, a.WaterTemperatureCelsius!.Value, 9);
        Assert.Equal(PrecipitationType.Snow, a.Precipitation);
        Assert.Equal(50.1, a.SalinityPermille!.Value, 9);
        Assert.False(a.Ice);
    }

    [Fact]
    public void MeteorologicalImo289_NotAvailableValuesAreNull()
    {
        var builder = Imo289(lon: 181 * 60_000, lat: 91 * 60_000, day: 0, hour: 24, minute: 60, windSpeed: 127, windDirection: 360,
            airTemperature: -1024, humidity: 101, dewPoint: 501, pressure: 511, visibility: 127, waterLevel: 4001, currentSpeed: 255,
            seaState: 13, waterTemperature: 501, salinity: 510, ice: 3);
        var a = Application<MeteorologicalHydrologicalImo289>(builder);

        Assert.Null(a.LongitudeDegrees);
        Assert.Null(a.LatitudeDegrees);
        Assert.Null(a.Day);
        Assert.Null(a.Hour);
        Assert.Null(a.Minute);
        Assert.Null(a.WindSpeedKnots);
        Assert.Null(a.WindDirectionDegrees);
        Assert.Null(a.AirTemperatureCelsius);
        Assert.Null(a.RelativeHumidityPercent);
        Assert.Null(a.DewPointCelsius);
        Assert.Null(a.AirPressureHectopascals);
        Assert.Null(a.VisibilityNauticalMiles);
        Assert.Null(a.WaterLevelMetres);
        Assert.Null(a.SurfaceCurrentSpeedKnots);
        Assert.Null(a.SeaStateBeaufort);
        Assert.Null(a.WaterTemperatureCelsius);
        Assert.Null(a.SalinityPermille);
        Assert.Null(a.Ice);
    }

    [Fact]
    public void MeteorologicalImo289_PressureBoundsMeanOrBeyond()
    {
        Assert.Equal(799, Application<MeteorologicalHydrologicalImo289>(Imo289(pressure: 0)).AirPressureHectopascals);
        Assert.Equal(1201, Application<MeteorologicalHydrologicalImo289>(Imo289(pressure: 402)).AirPressureHectopascals);
        Assert.Equal(-10.0, Application<MeteorologicalHydrologicalImo289>(Imo289(waterLevel: 0)).WaterLevelMetres);
    }

    [Fact]
    public void InlandStatic_ReadsEveryField()
    {
        var a = Application<InlandShipStaticVoyageData>(Inland(hazard: 2));

        Assert.Equal("02103547", a.EuropeanVesselId);
        Assert.Equal(39.0, a.LengthMetres);
        Assert.Equal(5.0, a.BeamMetres);
        Assert.Equal(8010, a.ShipTypeCode);
        Assert.Equal(InlandHazardousCargo.TwoBlueCones, a.HazardousCargo);
        Assert.Equal(2.04, a.DraughtMetres);
        Assert.Equal(InlandLoadStatus.Unloaded, a.LoadStatus);
        Assert.True(a.SpeedQualityHigh);
        Assert.False(a.CourseQualityHigh);
        Assert.True(a.HeadingQualityHigh);
        Assert.Equal((200, 10), (a.DesignatedAreaCode, a.FunctionalId));
    }

    [Fact]
    public void InlandStatic_NotAvailableDimensionsAreNull()
    {
        var a = Application<InlandShipStaticVoyageData>(Inland(hazard: 5, length: 0, beam: 0, draught: 0));

        Assert.Null(a.LengthMetres);
        Assert.Null(a.BeamMetres);
        Assert.Null(a.DraughtMetres);
        Assert.Equal(InlandHazardousCargo.Unknown, a.HazardousCargo);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(7)]
    public void InlandStatic_WithAnUndefinedHazard_StaysRaw(int hazard)
    {
        Assert.Null(Decode.One<BroadcastBinaryMessage>(Inland(hazard)).Application);
    }

    [Fact]
    public void InlandStatic_OfAnotherLength_StaysRaw()
    {
        var m = Decode.One<BroadcastBinaryMessage>(Inland(0).Field(0, 256));
        Assert.Null(m.Application);
        Assert.Equal(368, m.Data.BitLength);
    }

    private static PayloadBuilder Inland(int hazard, int length = 390, int beam = 50, int draught = 204) =>
        BinaryMessageTests.Broadcast(200, 10).Text("02103547", 8).Field(length, 13).Field(beam, 10).Field(8010, 14).Field(hazard, 3)
            .Field(draught, 11).Field(1, 2).Flag(true).Flag(false).Flag(true).Field(0, 8);

    private static PayloadBuilder Imo289(
        int lon = 0, int lat = 0, int day = 29, int hour = 23, int minute = 24, int windSpeed = 17, int windDirection = 132,
        int airTemperature = 0, int humidity = 100, int dewPoint = 0, int pressure = 0, int visibility = 126, int waterLevel = 0,
        int currentSpeed = 251, int seaState = 12, int waterTemperature = 0, int salinity = 0, int ice = 0) =>
        BinaryMessageTests.Broadcast(1, 31)
            .Field(lon, 25).Field(lat, 24).Flag(true).Field(day, 5).Field(hour, 5).Field(minute, 6)
            .Field(windSpeed, 7).Field(126, 7).Field(windDirection, 9).Field(0, 9)
            .Field(airTemperature, 11).Field(humidity, 7).Field(dewPoint, 10).Field(pressure, 9).Field(0, 2)
            .Flag(true).Field(visibility, 7).Field(waterLevel, 12).Field(1, 2)
            .Field(currentSpeed, 8).Field(0, 9).Field(0, 8).Field(0, 9).Field(0, 5).Field(0, 8).Field(0, 9).Field(0, 5)
            .Field(0, 8).Field(0, 6).Field(0, 9).Field(0, 8).Field(0, 6).Field(0, 9).Field(seaState, 4)
            .Field(waterTemperature, 10).Field(5, 3).Field(salinity, 9).Field(ice, 2).Field(0, 10);

    private static T Application<T>(PayloadBuilder builder)
        where T : IAisApplication => Assert.IsType<T>(Decode.One<BroadcastBinaryMessage>(builder).Application);
}
