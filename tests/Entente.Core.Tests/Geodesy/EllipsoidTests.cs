using Entente.Core.Geodesy;

namespace Entente.Core.Tests.Geodesy;

public sealed class EllipsoidTests
{
    [Fact]
    public void Wgs84_HasDefiningAndDerivedParameters()
    {
        var e = Ellipsoid.Wgs84;

        Assert.Equal(6_378_137.0, e.SemiMajorAxisMetres);
        Assert.Equal(298.257223563, e.InverseFlattening, 1e-9);
        Assert.Equal(6_356_752.314245, e.SemiMinorAxisMetres, 1e-6);
        Assert.Equal(0.00669437999014, e.EccentricitySquared, 1e-14);
        Assert.Equal(0.00673949674228, e.SecondEccentricitySquared, 1e-14);
    }

    [Fact]
    public void Grs80_DiffersFromWgs84OnlyInFlattening()
    {
        Assert.Equal(Ellipsoid.Wgs84.SemiMajorAxisMetres, Ellipsoid.Grs80.SemiMajorAxisMetres);
        Assert.Equal(298.257222101, Ellipsoid.Grs80.InverseFlattening, 1e-9);
        Assert.Equal(6_356_752.314140, Ellipsoid.Grs80.SemiMinorAxisMetres, 1e-6);
        Assert.NotEqual(Ellipsoid.Wgs84, Ellipsoid.Grs80);
    }

    [Fact]
    public void Equality_IsByValue()
    {
        Assert.Equal(Ellipsoid.Wgs84, Ellipsoid.FromInverseFlattening(6_378_137.0, 298.257223563));
    }

    [Fact]
    public void Sphere_HasZeroFlatteningAndInfiniteInverseFlattening()
    {
        var sphere = Ellipsoid.FromInverseFlattening(6_371_000.0, double.PositiveInfinity);

        Assert.Equal(0.0, sphere.Flattening);
        Assert.Equal(sphere.SemiMajorAxisMetres, sphere.SemiMinorAxisMetres);
        Assert.True(double.IsPositiveInfinity(sphere.InverseFlattening));
    }

    [Fact]
    public void ToString_IsCultureInvariant()
    {
        Assert.Equal("Ellipsoid { a = 6378137 m, 1/f = 298.257223563 }", Ellipsoid.Wgs84.ToString());
    }

    [Theory]
    [InlineData(0.0, 0.003)]
    [InlineData(-1.0, 0.003)]
    [InlineData(double.NaN, 0.003)]
    [InlineData(double.PositiveInfinity, 0.003)]
    [InlineData(6_378_137.0, -0.001)]
    [InlineData(6_378_137.0, 1.0)]
    [InlineData(6_378_137.0, double.NaN)]
    public void Constructor_InvalidParameters_Throws(double semiMajorAxisMetres, double flattening)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Ellipsoid(semiMajorAxisMetres, flattening));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.5)]
    [InlineData(double.NaN)]
    public void FromInverseFlattening_InvalidInverseFlattening_Throws(double inverseFlattening)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Ellipsoid.FromInverseFlattening(6_378_137.0, inverseFlattening));
    }
}
