using Entente.Core.Geodesy;
using Entente.Core.Positions;

namespace Entente.Core.Tests.Geodesy;

public sealed class GeodesicDirectTests
{
    private const double PositionToleranceMetres = 1e-4;
    private const double BearingToleranceDegrees = 1e-7;

    [Fact]
    public void Direct_FromFlindersPeakOnGrs80_MatchesPublishedVincentyExample()
    {
        // Geoscience Australia's worked example of Vincenty's direct formula: 306°52'05.37" for 54,972.271 m reaches
        // Buninyong (-37°39'10.15610", 143°55'35.38390") with reverse azimuth 127°10'25.07". The published input azimuth is
        // rounded to 0.01", which moves the end point by up to 1.3 mm, hence the looser tolerance.
        var flindersPeak = GeoPosition.FromDegrees(Angles.FromDms(-37, 57, 3.72030), Angles.FromDms(144, 25, 29.52440));
        var buninyong = GeoPosition.FromDegrees(Angles.FromDms(-37, 39, 10.15610), Angles.FromDms(143, 55, 35.38390));

        var result = Geodesic.Direct(flindersPeak, Angles.FromDms(306, 52, 5.37), 54_972.271, Ellipsoid.Grs80);

        Assert.True(Geodesic.DistanceMetres(result.Position, buninyong, Ellipsoid.Grs80) < 0.002);
        Assert.True(Angles.BearingDifference(result.FinalBearingDegrees + 180.0, Angles.FromDms(127, 10, 25.07)) < 0.01 / 3600.0);
    }

    // Reference values: GeographicLib 2.1.2, GeodSolve -p 9 (WGS84). Columns: lat1, lon1, azi1, s12, lat2, lon2, azi2.
    [Theory]
    [InlineData(51.1279, 1.3134, 116.97678755638093, 42997.055467412, 50.95130000000000, 1.85869999999999, 117.40080410209788)]
    [InlineData(50.9135, 0.9777, 45.0, 100000.0, 51.54468492360692, 1.99700057056656, 45.79472415181613)]
    [InlineData(51.1279, 1.3134, 200.0, 1000000.0, 42.59161576482481, -2.84016629254017, -163.03984997044918)]
    [InlineData(0.0, 0.0, 30.0, 10000000.0, 60.08324621607979, 89.88930025289368, 90.03474089169021)]
    [InlineData(89.0, 0.0, 10.0, 500000.0, 86.50393945249739, 167.15809402230036, 177.15130907498946)]
    public void Direct_ReferenceLine_MatchesGeographicLib(
        double lat1, double lon1, double azi1, double s12, double lat2, double lon2, double azi2)
    {
        var result = Geodesic.Direct(GeoPosition.FromDegrees(lat1, lon1), azi1, s12);

        var error = Geodesic.DistanceMetres(result.Position, GeoPosition.FromDegrees(lat2, lon2));
        Assert.True(error < PositionToleranceMetres, $"position error {error} m");
        Assert.True(Angles.BearingDifference(result.FinalBearingDegrees, azi2) < BearingToleranceDegrees,
            $"final bearing {result.FinalBearingDegrees}");
    }

    [Theory]
    [InlineData(51.1279, 1.3134, 50.9513, 1.8587)]
    [InlineData(50.0, -2.0, 51.5, 3.5)]
    [InlineData(51.1279, 1.3134, -33.9249, 18.4241)]
    [InlineData(51.1279, 1.3134, 1.2644, 103.8200)]
    [InlineData(-80.0, 1.5, 80.0, 1.5)]
    [InlineData(0.0, -5.0, 0.0, 5.0)]
    [InlineData(0.0, 179.5, 0.0, -179.5)]
    [InlineData(0.0, 0.0, 0.5, 179.7)]
    public void Direct_AfterInverse_ReturnsToTarget(double lat1, double lon1, double lat2, double lon2)
    {
        var from = GeoPosition.FromDegrees(lat1, lon1);
        var to = GeoPosition.FromDegrees(lat2, lon2);
        var inverse = Geodesic.Inverse(from, to);

        var direct = Geodesic.Direct(from, inverse.InitialBearingDegrees, inverse.DistanceMetres);

        Assert.True(Geodesic.DistanceMetres(direct.Position, to) < PositionToleranceMetres);
        Assert.True(Angles.BearingDifference(direct.FinalBearingDegrees, inverse.FinalBearingDegrees) < 1e-5);
    }

    [Fact]
    public void Direct_ZeroDistance_ReturnsStartAndInitialBearing()
    {
        var dover = GeoPosition.FromDegrees(51.1279, 1.3134);

        var result = Geodesic.Direct(dover, 123.0, 0.0);

        Assert.Equal(dover.LatitudeDegrees, result.Position.LatitudeDegrees, 1e-12);
        Assert.Equal(dover.LongitudeDegrees, result.Position.LongitudeDegrees, 1e-12);
        Assert.Equal(123.0, result.FinalBearingDegrees, 1e-9);
    }

    [Fact]
    public void Direct_BearingOutsideRange_IsNormalised()
    {
        var dover = GeoPosition.FromDegrees(51.1279, 1.3134);

        var plain = Geodesic.Direct(dover, 90.0, 10_000.0);
        var wrapped = Geodesic.Direct(dover, -270.0, 10_000.0);

        Assert.True(Geodesic.DistanceMetres(plain.Position, wrapped.Position) < 1e-6);
    }

    [Fact]
    public void Direct_AcrossAntimeridian_NormalisesLongitude()
    {
        var result = Geodesic.Direct(GeoPosition.FromDegrees(0.0, 179.5), 90.0, 111_319.490793274);

        Assert.Equal(-179.5, result.Position.LongitudeDegrees, 1e-9);
        Assert.Equal(0.0, result.Position.LatitudeDegrees, 1e-12);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Direct_NonFiniteBearing_Throws(double bearing)
    {
        var dover = GeoPosition.FromDegrees(51.1279, 1.3134);

        Assert.Throws<ArgumentOutOfRangeException>(() => Geodesic.Direct(dover, bearing, 1_000.0));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-1.0)]
    public void Direct_InvalidDistance_Throws(double distance)
    {
        var dover = GeoPosition.FromDegrees(51.1279, 1.3134);

        Assert.Throws<ArgumentOutOfRangeException>(() => Geodesic.Direct(dover, 45.0, distance));
    }
}
