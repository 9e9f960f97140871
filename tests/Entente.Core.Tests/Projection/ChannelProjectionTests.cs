using Entente.Core.Geodesy;
using Entente.Core.Positions;
using Entente.Core.Projection;

namespace Entente.Core.Tests.Projection;

public sealed class ChannelProjectionTests
{
    // Measured agreement is about 10 nm; 1 µm leaves room for floating-point differences between platforms.
    private const double ToleranceMetres = 1e-6;

    // Reference values: GeographicLib 2.1.2, TransverseMercatorProj -l 1.5 -k 1 -p 9 (exact transverse Mercator, WGS84).
    // Its northing is from the equator; 5,596,463.980435748 m, the northing of 50.5°N on the central meridian, has been
    // subtracted. Columns: lat, lon, easting, northing, convergence (degrees), scale.
    [Theory]
    [InlineData(50.5, 1.5, 0.0, 0.0, 0.0, 1.0)]
    [InlineData(51.0, 1.5, 0.0, 55621.742108358, 0.0, 1.0)]
    [InlineData(51.1279, 1.3134, -13062.836179396, 69867.114165255, -0.145277417624310, 1.000002094319145)]
    [InlineData(50.9513, 1.8587, 25206.223291972, 50265.250026323, 0.278571740631871, 1.000007798326857)]
    [InlineData(50.9135, 0.9777, -36732.273634287, 46128.792347864, -0.405411140633569, 1.000016560972892)]
    [InlineData(50.7264, 1.5977, 6898.568532977, 25189.483897330, 0.075632722938087, 1.000000584151919)]
    [InlineData(50.8697, 1.5839, 5906.065378246, 41129.608580276, 0.065082320521598, 1.000000428144163)]
    [InlineData(49.5, -2.0, -253503.374536860, -105337.980273980, -2.662829356488162, 1.000789133836455)]
    [InlineData(52.0, 3.5, 137349.305616617, 168768.925640723, 1.576266004565583, 1.000231499149254)]
    [InlineData(49.5, 3.5, 144868.538923228, -109306.062140617, 1.521074703612276, 1.000257689094862)]
    [InlineData(52.0, -2.0, -240336.946779971, 172667.276043266, -2.759348073630631, 1.000708873871847)]
    public void Project_ReferencePoint_MatchesGeographicLib(
        double lat, double lon, double easting, double northing, double convergence, double scale)
    {
        var position = GeoPosition.FromDegrees(lat, lon);

        var point = ChannelProjection.Project(position);

        Assert.Equal(easting, point.EastingMetres, ToleranceMetres);
        Assert.Equal(northing, point.NorthingMetres, ToleranceMetres);
        Assert.Equal(convergence, ChannelProjection.ConvergenceDegrees(position), 1e-12);
        Assert.Equal(scale, ChannelProjection.ScaleFactor(position), 1e-12);
    }

    [Theory]
    [InlineData(0.0, 0.0, 50.5, 1.5)]
    [InlineData(-13062.836179396, 69867.114165255, 51.1279, 1.3134)]
    [InlineData(-253503.374536860, -105337.980273980, 49.5, -2.0)]
    [InlineData(137349.305616617, 168768.925640723, 52.0, 3.5)]
    public void Unproject_ReferencePoint_MatchesGeographicLib(double easting, double northing, double lat, double lon)
    {
        var position = ChannelProjection.Unproject(new ProjectedPoint(easting, northing));

        Assert.True(Geodesic.DistanceMetres(position, GeoPosition.FromDegrees(lat, lon)) < ToleranceMetres);
    }

    [Fact]
    public void ProjectThenUnproject_OverChannelGrid_ReturnsWithinMicrometre()
    {
        var maxErrorMetres = 0.0;
        for (var lon = -2.0; lon <= 3.5 + 1e-9; lon += 0.125)
        {
            for (var lat = 49.5; lat <= 52.0 + 1e-9; lat += 0.0625)
            {
                var position = GeoPosition.FromDegrees(lat, lon);
                var back = ChannelProjection.Unproject(ChannelProjection.Project(position));
                maxErrorMetres = Math.Max(maxErrorMetres, Geodesic.DistanceMetres(position, back));
            }
        }

        Assert.True(maxErrorMetres < ToleranceMetres, $"max round-trip error {maxErrorMetres} m");
    }

    [Fact]
    public void UnprojectThenProject_OverPlaneGrid_ReturnsWithinMicrometre()
    {
        var maxErrorMetres = 0.0;
        for (var easting = -260_000.0; easting <= 150_000.0; easting += 10_000.0)
        {
            for (var northing = -120_000.0; northing <= 180_000.0; northing += 10_000.0)
            {
                var point = new ProjectedPoint(easting, northing);
                var back = ChannelProjection.Project(ChannelProjection.Unproject(point));
                maxErrorMetres = Math.Max(maxErrorMetres, point.PlanarDistanceMetres(back));
            }
        }

        Assert.True(maxErrorMetres < ToleranceMetres, $"max round-trip error {maxErrorMetres} m");
    }

    [Fact]
    public void ProjectThenUnproject_FarFromChannelButInDomain_ReturnsWithinMillimetre()
    {
        foreach (var (lat, lon) in new[] { (0.0, 61.4), (-60.0, -58.4), (85.0, 40.0), (90.0, 0.0), (-90.0, 100.0), (0.0, 1.5) })
        {
            var position = GeoPosition.FromDegrees(lat, lon);
            var back = ChannelProjection.Unproject(ChannelProjection.Project(position));

            Assert.True(Geodesic.DistanceMetres(position, back) < 1e-3, $"{position}");
        }
    }

    [Fact]
    public void ScaleFactor_OnCentralMeridian_IsOne()
    {
        Assert.Equal(1.0, ChannelProjection.ScaleFactor(GeoPosition.FromDegrees(51.0, 1.5)), 1e-15);
        Assert.Equal(1.0, ChannelProjection.ScaleFactor(GeoPosition.FromDegrees(50.5, 1.5)), 1e-15);
    }

    [Fact]
    public void ScaleFactor_NearCentralMeridian_IsWithinFewPartsPerMillion()
    {
        // k ≈ 1 + (Δλ cos φ)² / 2: about 1.4e-6 at 0.15° off the central meridian at 51°N.
        var scale = ChannelProjection.ScaleFactor(GeoPosition.FromDegrees(51.0, 1.35));

        Assert.InRange(scale, 1.0, 1.000002);
    }

    [Fact]
    public void Project_PlanarDistanceAcrossStrait_IsCloseToGeodesicDistance()
    {
        var dover = GeoPosition.FromDegrees(51.1279, 1.3134);
        var calais = GeoPosition.FromDegrees(50.9513, 1.8587);

        var planar = ChannelProjection.Project(dover).PlanarDistanceMetres(ChannelProjection.Project(calais));

        Assert.Equal(Geodesic.DistanceMetres(dover, calais), planar, 0.5);
    }

    [Fact]
    public void Parameters_DescribeTheChannelProjection()
    {
        Assert.Equal(1.5, ChannelProjection.CentralMeridianDegrees);
        Assert.Equal(50.5, ChannelProjection.LatitudeOfOriginDegrees);
        Assert.Equal(1.0, ChannelProjection.CentralScaleFactor);
        Assert.Same(Ellipsoid.Wgs84, ChannelProjection.Ellipsoid);
        Assert.Equal("Entente Channel Transverse Mercator", ChannelProjection.Name);
        Assert.Equal("Entente Channel Transverse Mercator (WGS84, CM 1.5°E, origin 50.5°N, k0 = 1)", ChannelProjection.Description);
        Assert.Contains("+proj=tmerc +lat_0=50.5 +lon_0=1.5 +k_0=1 +x_0=0 +y_0=0 +ellps=WGS84", ChannelProjection.ProjDefinition,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(51.0, 61.6)]
    [InlineData(51.0, -58.6)]
    [InlineData(0.0, 180.0)]
    public void Project_BeyondDomain_Throws(double lat, double lon)
    {
        var position = GeoPosition.FromDegrees(lat, lon);

        Assert.False(ChannelProjection.TryProject(position, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChannelProjection.Project(position));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChannelProjection.ScaleFactor(position));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChannelProjection.ConvergenceDegrees(position));
    }

    [Theory]
    [InlineData(double.NaN, 0.0)]
    [InlineData(0.0, double.PositiveInfinity)]
    [InlineData(20_000_001.0, 0.0)]
    [InlineData(0.0, -20_000_001.0)]
    public void Unproject_InvalidPoint_Throws(double easting, double northing)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChannelProjection.Unproject(new ProjectedPoint(easting, northing)));
    }

    [Fact]
    public void ProjectedPoint_ToString_IsCultureInvariant()
    {
        Assert.Equal("E -13062.836 m, N 69867.114 m", new ProjectedPoint(-13062.836179396, 69867.114165255).ToString());
    }
}
