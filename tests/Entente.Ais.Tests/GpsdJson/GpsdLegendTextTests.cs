using Entente.Ais.GpsdJson;

namespace Entente.Ais.Tests.GpsdJson;

public sealed class GpsdLegendTextTests
{
    [Theory]
    [InlineData(0, "Undefined", "Undefined")]
    [InlineData(3, "Combined GPS/GLONASS", "Combined GPS/GLONASS")]
    [InlineData(8, "Galileo", "Galileo")]
    [InlineData(9, "INVALID EPFD", "Reserved (9)")]
    [InlineData(14, "INVALID EPFD", "Reserved (14)")]
    [InlineData(15, "INVALID EPFD", "Internal GNSS")]
    public void EpfdText_ByDialect(int code, string gpsd322, string gpsd2026)
    {
        Assert.Equal(gpsd322, GpsdEpfdText.Text(code, GpsdDialect.Gpsd322));
        Assert.Equal(gpsd2026, GpsdEpfdText.Text(code, GpsdDialect.Gpsd2026));
    }

    [Theory]
    [InlineData(0, "Not available")]
    [InlineData(19, "Reserved for future use")]
    [InlineData(20, "Wing in ground (WIG) - all ships of this type")]
    [InlineData(29, "Wing in ground (WIG) - Reserved for future use")]
    [InlineData(32, "Towing: length exceeds 200m or breadth exceeds 25m")]
    [InlineData(49, "High speed craft (HSC) - No additional information")]
    [InlineData(59, "Ship according to RR Resolution No. 18")]
    [InlineData(64, "Passenger - Hazardous category D")]
    [InlineData(99, "Other Type - no additional information")]
    [InlineData(100, "INVALID SHIP TYPE")]
    [InlineData(255, "INVALID SHIP TYPE")]
    public void ShipTypeText_SameInBothDialects(int code, string expected)
    {
        Assert.Equal(expected, GpsdShipTypeText.Text(code, GpsdDialect.Gpsd322));
        Assert.Equal(expected, GpsdShipTypeText.Text(code, GpsdDialect.Gpsd2026));
    }
}
