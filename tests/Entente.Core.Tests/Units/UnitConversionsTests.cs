using Entente.Core.Units;

namespace Entente.Core.Tests.Units;

public sealed class UnitConversionsTests
{
    [Fact]
    public void MetresPerNauticalMile_IsInternationalDefinition()
    {
        Assert.Equal(1852.0, UnitConversions.MetresPerNauticalMile);
    }

    [Theory]
    [InlineData(1.0, 0.5144444444444445)]
    [InlineData(10.0, 5.144444444444445)]
    [InlineData(0.0, 0.0)]
    [InlineData(-3.6, -1.852)]
    public void KnotsToMetresPerSecond_ConvertsExactly(double knots, double metresPerSecond)
    {
        Assert.Equal(metresPerSecond, UnitConversions.KnotsToMetresPerSecond(knots), 1e-12);
    }

    [Theory]
    [InlineData(1.852, 3.6)]
    [InlineData(10.0, 19.438444924406046)]
    public void MetresPerSecondToKnots_ConvertsExactly(double metresPerSecond, double knots)
    {
        Assert.Equal(knots, UnitConversions.MetresPerSecondToKnots(metresPerSecond), 1e-12);
    }

    [Fact]
    public void KnotsRoundTrip_IsIdentity()
    {
        Assert.Equal(17.3, UnitConversions.MetresPerSecondToKnots(UnitConversions.KnotsToMetresPerSecond(17.3)), 1e-12);
    }

    [Theory]
    [InlineData(1852.0, 1.0)]
    [InlineData(42997.055467412, 23.216552628192225)]
    [InlineData(0.0, 0.0)]
    public void MetresToNauticalMiles_AndBack_Convert(double metres, double nauticalMiles)
    {
        Assert.Equal(nauticalMiles, UnitConversions.MetresToNauticalMiles(metres), 1e-12);
        Assert.Equal(metres, UnitConversions.NauticalMilesToMetres(nauticalMiles), 1e-9);
    }

    [Theory]
    [InlineData(180.0, Math.PI)]
    [InlineData(90.0, Math.PI / 2.0)]
    [InlineData(-45.0, -Math.PI / 4.0)]
    [InlineData(0.0, 0.0)]
    public void DegreesToRadians_AndBack_Convert(double degrees, double radians)
    {
        Assert.Equal(radians, UnitConversions.DegreesToRadians(degrees), 1e-15);
        Assert.Equal(degrees, UnitConversions.RadiansToDegrees(radians), 1e-12);
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(359.5, 359.5)]
    [InlineData(360.0, 0.0)]
    [InlineData(725.0, 5.0)]
    [InlineData(-90.0, 270.0)]
    [InlineData(-360.0, 0.0)]
    [InlineData(-720.5, 359.5)]
    [InlineData(-1e-15, 0.0)]
    public void NormaliseBearingDegrees_ReducesToHalfOpenRange(double bearing, double expected)
    {
        var normalised = UnitConversions.NormaliseBearingDegrees(bearing);

        Assert.Equal(expected, normalised, 1e-12);
        Assert.InRange(normalised, 0.0, 359.99999999999994);
    }

    [Fact]
    public void NormaliseBearingDegrees_NegativeZero_ReturnsPositiveZero()
    {
        Assert.True(double.IsPositive(UnitConversions.NormaliseBearingDegrees(-0.0)));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void NormaliseBearingDegrees_NonFinite_Throws(double bearing)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => UnitConversions.NormaliseBearingDegrees(bearing));
        Assert.Throws<ArgumentOutOfRangeException>(() => UnitConversions.CompassPoint16(bearing));
    }

    [Theory]
    [InlineData(0.0, "N")]
    [InlineData(22.5, "NNE")]
    [InlineData(45.0, "NE")]
    [InlineData(67.5, "ENE")]
    [InlineData(90.0, "E")]
    [InlineData(112.5, "ESE")]
    [InlineData(135.0, "SE")]
    [InlineData(157.5, "SSE")]
    [InlineData(180.0, "S")]
    [InlineData(202.5, "SSW")]
    [InlineData(225.0, "SW")]
    [InlineData(247.5, "WSW")]
    [InlineData(270.0, "W")]
    [InlineData(292.5, "WNW")]
    [InlineData(315.0, "NW")]
    [InlineData(337.5, "NNW")]
    public void CompassPoint16_SectorCentre_NamesPoint(double bearing, string expected)
    {
        Assert.Equal(expected, UnitConversions.CompassPoint16(bearing));
    }

    [Theory]
    [InlineData(11.249999, "N")]
    [InlineData(11.25, "NNE")]
    [InlineData(33.749999, "NNE")]
    [InlineData(33.75, "NE")]
    [InlineData(168.75, "S")]
    [InlineData(191.25, "SSW")]
    [InlineData(348.749999, "NNW")]
    [InlineData(348.75, "N")]
    [InlineData(359.999999, "N")]
    [InlineData(360.0, "N")]
    [InlineData(-11.25, "N")]
    [InlineData(-11.250001, "NNW")]
    [InlineData(-90.0, "W")]
    [InlineData(450.0, "E")]
    public void CompassPoint16_SectorBoundary_IsHalfOpenClockwise(double bearing, string expected)
    {
        Assert.Equal(expected, UnitConversions.CompassPoint16(bearing));
    }
}
