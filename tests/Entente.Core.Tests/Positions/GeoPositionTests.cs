using Entente.Core.Positions;

namespace Entente.Core.Tests.Positions;

public sealed class GeoPositionTests
{
    [Theory]
    [InlineData(51.1279, 1.3134)]
    [InlineData(90.0, 180.0)]
    [InlineData(-90.0, -180.0)]
    [InlineData(0.0, 0.0)]
    public void FromDegrees_ValidCoordinates_KeepsValues(double lat, double lon)
    {
        var position = GeoPosition.FromDegrees(lat, lon);

        Assert.Equal(lat, position.LatitudeDegrees);
        Assert.Equal(lon, position.LongitudeDegrees);
    }

    [Theory]
    [InlineData(double.NaN, 0.0)]
    [InlineData(double.PositiveInfinity, 0.0)]
    [InlineData(double.NegativeInfinity, 0.0)]
    [InlineData(90.000001, 0.0)]
    [InlineData(-90.000001, 0.0)]
    [InlineData(91.0, 0.0)]
    [InlineData(0.0, double.NaN)]
    [InlineData(0.0, double.PositiveInfinity)]
    [InlineData(0.0, double.NegativeInfinity)]
    [InlineData(0.0, 180.000001)]
    [InlineData(0.0, -180.000001)]
    [InlineData(0.0, 181.0)]
    public void FromDegrees_InvalidCoordinates_ThrowsArgumentOutOfRange(double lat, double lon)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GeoPosition.FromDegrees(lat, lon));
    }

    [Theory]
    [InlineData(double.NaN, 0.0)]
    [InlineData(0.0, double.PositiveInfinity)]
    [InlineData(90.5, 0.0)]
    [InlineData(0.0, -181.0)]
    public void TryFromDegrees_InvalidCoordinates_ReturnsFalse(double lat, double lon)
    {
        Assert.False(GeoPosition.TryFromDegrees(lat, lon, out var position));
        Assert.Equal(default, position);
    }

    [Fact]
    public void FromDegrees_InvalidLatitude_NamesLatitudeParameter()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => GeoPosition.FromDegrees(double.NaN, 0.0));

        Assert.Equal("latitudeDegrees", exception.ParamName);
    }

    [Fact]
    public void ToString_IsCultureInvariant()
    {
        Assert.Equal("51.127900, 1.313400", GeoPosition.FromDegrees(51.1279, 1.3134).ToString());
    }
}
