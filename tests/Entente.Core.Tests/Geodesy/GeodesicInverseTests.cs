using Entente.Core.Geodesy;
using Entente.Core.Positions;

namespace Entente.Core.Tests.Geodesy;

public sealed class GeodesicInverseTests
{
    // Vincenty's series are good to about 0.1 mm; these bounds hold with margin on every line below.
    private const double DistanceToleranceMetres = 1e-4;
    private const double BearingToleranceDegrees = 1e-7;

    // Where the bisection fallback runs, azimuths are ill-conditioned; measured errors are up to about 2e-6 degrees.
    private const double FallbackBearingToleranceDegrees = 1e-5;

    [Fact]
    public void Inverse_FlindersPeakToBuninyongOnGrs80_MatchesPublishedVincentyExample()
    {
        // Geoscience Australia's worked example of Vincenty's inverse formula (GDA Technical Manual): 54,972.271 m,
        // azimuth 306°52'05.37", reverse azimuth 127°10'25.07".
        var flindersPeak = GeoPosition.FromDegrees(Angles.FromDms(-37, 57, 3.72030), Angles.FromDms(144, 25, 29.52440));
        var buninyong = GeoPosition.FromDegrees(Angles.FromDms(-37, 39, 10.15610), Angles.FromDms(143, 55, 35.38390));

        var result = Geodesic.Inverse(flindersPeak, buninyong, Ellipsoid.Grs80);

        Assert.Equal(54_972.271, result.DistanceMetres, 0.0005);
        Assert.True(Angles.BearingDifference(result.InitialBearingDegrees, Angles.FromDms(306, 52, 5.37)) < 0.005 / 3600.0);
        Assert.True(Angles.BearingDifference(result.FinalBearingDegrees + 180.0, Angles.FromDms(127, 10, 25.07)) < 0.005 / 3600.0);
    }

    [Fact]
    public void Inverse_FlindersPeakToBuninyongOnGrs80_MatchesGeographicLibToTheNanometreLevel()
    {
        // GeographicLib 2.1.2: GeodSolve -i -p 12 -e 6378137 1/298.257222101.
        var flindersPeak = GeoPosition.FromDegrees(Angles.FromDms(-37, 57, 3.72030), Angles.FromDms(144, 25, 29.52440));
        var buninyong = GeoPosition.FromDegrees(Angles.FromDms(-37, 39, 10.15610), Angles.FromDms(143, 55, 35.38390));

        var result = Geodesic.Inverse(flindersPeak, buninyong, Ellipsoid.Grs80);

        Assert.Equal(54_972.2711391281, result.DistanceMetres, DistanceToleranceMetres);
        Assert.True(Angles.BearingDifference(result.InitialBearingDegrees, -53.131840797687495) < BearingToleranceDegrees);
        Assert.True(Angles.BearingDifference(result.FinalBearingDegrees, -52.826369371545930) < BearingToleranceDegrees);
    }

    // Reference values: GeographicLib 2.1.2, GeodSolve -i -p 9 (WGS84), Karney's method, accurate to about 15 nm.
    // Columns: lat1, lon1, lat2, lon2, azi1, azi2, s12 (metres).
    [Theory]
    [InlineData("Dover to Calais", 51.1279, 1.3134, 50.9513, 1.8587, 116.97678755638093, 117.40080410209788, 42997.055467412)]
    [InlineData("Dungeness to Boulogne", 50.9135, 0.9777, 50.7264, 1.5977, 115.23219030717242, 115.71279482192060, 48395.073226951)]
    [InlineData("Dover to Boulogne", 51.1279, 1.3134, 50.7264, 1.5977, 155.78043134685052, 156.00114781627161, 48934.096643068)]
    [InlineData("Across the Channel area", 50.0, -2.0, 51.5, 3.5, 64.62377168884539, 68.88460949376307, 422367.287257970)]
    [InlineData("Dover to Oslo", 51.1279, 1.3134, 59.9139, 10.7522, 27.53869767593819, 35.34796465958313, 1143044.296897738)]
    [InlineData("1,000 km from Dover on 060", 51.1279, 1.3134, 54.887438932974469, 14.879940487973334,
        60.0, 70.86001037226055, 1000000.0)]
    [InlineData("10,000 km from Dover on 100", 51.1279, 1.3134, -6.334649782751057, 83.355591897909449,
        100.0, 141.45812482684093, 9999999.999999998)]
    [InlineData("Dover to Cape Town", 51.1279, 1.3134, -33.9249, 18.4241, 165.78594039717126, 169.28648915795154, 9569942.931330565)]
    [InlineData("Dover to Singapore", 51.1279, 1.3134, 1.2644, 103.8200, 79.26931632919781, 141.82875601499265, 10769847.386442455)]
    [InlineData("Meridian along the central meridian", 49.5, 1.5, 52.0, 1.5, 0.0, 0.0, 278108.628852411)]
    [InlineData("Meridian from 80S to 80N", -80.0, 1.5, 80.0, 1.5, 0.0, 0.0, 17770279.743873749)]
    [InlineData("Meridian over the North Pole", 80.0, 0.0, 80.0, 180.0, 0.0, 180.0, 2233651.714751699)]
    [InlineData("Equator, 10 degrees", 0.0, -5.0, 0.0, 5.0, 90.0, 90.0, 1113194.907932736)]
    [InlineData("Equator, 170 degrees", 0.0, 0.0, 0.0, 170.0, 90.0, 90.0, 18924313.434856508)]
    public void Inverse_ReferenceLine_MatchesGeographicLib(
        string name, double lat1, double lon1, double lat2, double lon2, double azi1, double azi2, double s12)
    {
        var result = Geodesic.Inverse(GeoPosition.FromDegrees(lat1, lon1), GeoPosition.FromDegrees(lat2, lon2));

        Assert.True(Math.Abs(result.DistanceMetres - s12) < DistanceToleranceMetres, $"{name}: distance {result.DistanceMetres}");
        Assert.True(Angles.BearingDifference(result.InitialBearingDegrees, azi1) < BearingToleranceDegrees,
            $"{name}: initial bearing {result.InitialBearingDegrees}");
        Assert.True(Angles.BearingDifference(result.FinalBearingDegrees, azi2) < BearingToleranceDegrees,
            $"{name}: final bearing {result.FinalBearingDegrees}");
    }

    // Nearly antipodal lines where Vincenty's iteration does not converge and the bisection fallback answers.
    [Theory]
    [InlineData("Classic non-convergent case", 0.0, 0.0, 0.5, 179.7, 15.55688279349054, 164.44251389085494, 19944127.420750458)]
    [InlineData("Equatorial, beyond (1 - f) 180", 0.0, 0.0, 0.0, 179.8, 19.36862653872958, 160.63137346127041, 20000239.437724669)]
    [InlineData("Mid-latitude near antipode", -30.0, 0.0, 29.9, 179.9, 170.99456996551856, 8.99634915141625, 19992090.302326925)]
    public void Inverse_NearlyAntipodal_MatchesGeographicLib(
        string name, double lat1, double lon1, double lat2, double lon2, double azi1, double azi2, double s12)
    {
        var result = Geodesic.Inverse(GeoPosition.FromDegrees(lat1, lon1), GeoPosition.FromDegrees(lat2, lon2));

        Assert.True(Math.Abs(result.DistanceMetres - s12) < DistanceToleranceMetres, $"{name}: distance {result.DistanceMetres}");
        Assert.True(Angles.BearingDifference(result.InitialBearingDegrees, azi1) < FallbackBearingToleranceDegrees,
            $"{name}: initial bearing {result.InitialBearingDegrees}");
        Assert.True(Angles.BearingDifference(result.FinalBearingDegrees, azi2) < FallbackBearingToleranceDegrees,
            $"{name}: final bearing {result.FinalBearingDegrees}");
    }

    [Theory]
    [InlineData(0.0, 0.0, 0.0, 180.0, 0.0, 180.0)]
    [InlineData(30.0, 10.0, -30.0, -170.0, 0.0, 180.0)]
    [InlineData(90.0, 0.0, -90.0, 0.0, 180.0, 180.0)]
    [InlineData(-90.0, 0.0, 90.0, 0.0, 0.0, 0.0)]
    public void Inverse_ExactlyAntipodal_ReturnsHalfMeridianThroughNorthPole(
        double lat1, double lon1, double lat2, double lon2, double azi1, double azi2)
    {
        // Every meridian is a shortest path here; GeographicLib 2.1.2 gives 20,003,931.458625447 m for all of them.
        var result = Geodesic.Inverse(GeoPosition.FromDegrees(lat1, lon1), GeoPosition.FromDegrees(lat2, lon2));

        Assert.Equal(20_003_931.458625447, result.DistanceMetres, DistanceToleranceMetres);
        Assert.Equal(azi1, result.InitialBearingDegrees);
        Assert.Equal(azi2, result.FinalBearingDegrees);
    }

    [Fact]
    public void Inverse_NearlyAntipodalWithExactOppositeMeridians_StaysOnMeridian()
    {
        // Latitudes 1.2e-12 degrees from antipodal on opposite meridians: an early version lost 0.75 m here because
        // sin(Math.PI) is 1.2e-16, not 0. GeographicLib 2.1.2 gives azimuth 0 and 20,003,931.4586253166 m.
        var from = GeoPosition.FromDegrees(27.248277875103554, 148.21098508532674);
        var to = GeoPosition.FromDegrees(-27.248277875102374, -31.78901491467326);

        var result = Geodesic.Inverse(from, to);

        Assert.Equal(20_003_931.4586253166, result.DistanceMetres, DistanceToleranceMetres);
        Assert.True(Angles.BearingDifference(result.InitialBearingDegrees, 0.0) < BearingToleranceDegrees);
    }

    [Theory]
    [InlineData(51.1279, 1.3134)]
    [InlineData(0.0, 0.0)]
    [InlineData(-45.0, -180.0)]
    public void Inverse_CoincidentPositions_ReturnsZero(double lat, double lon)
    {
        var position = GeoPosition.FromDegrees(lat, lon);

        var result = Geodesic.Inverse(position, position);

        Assert.Equal(new GeodesicInverseResult(0.0, 0.0, 0.0), result);
    }

    [Fact]
    public void Inverse_SamePoleAtDifferentLongitudes_ReturnsZero()
    {
        var result = Geodesic.Inverse(GeoPosition.FromDegrees(90.0, 10.0), GeoPosition.FromDegrees(90.0, -120.0));

        Assert.Equal(0.0, result.DistanceMetres);
    }

    [Fact]
    public void Inverse_SameMeridianWrittenAsPlusAndMinus180_ReturnsZero()
    {
        var result = Geodesic.Inverse(GeoPosition.FromDegrees(10.0, 180.0), GeoPosition.FromDegrees(10.0, -180.0));

        Assert.Equal(0.0, result.DistanceMetres);
    }

    [Fact]
    public void Inverse_AcrossAntimeridian_TakesShortWay()
    {
        // GeodSolve -i -p 9: 0 179.5 0 -179.5 gives 111319.490793274 m due east.
        var result = Geodesic.Inverse(GeoPosition.FromDegrees(0.0, 179.5), GeoPosition.FromDegrees(0.0, -179.5));

        Assert.Equal(111_319.490793274, result.DistanceMetres, DistanceToleranceMetres);
        Assert.Equal(90.0, result.InitialBearingDegrees, 1e-9);
    }

    [Fact]
    public void Inverse_Reversed_GivesSameDistanceAndReversedBearings()
    {
        var dover = GeoPosition.FromDegrees(51.1279, 1.3134);
        var calais = GeoPosition.FromDegrees(50.9513, 1.8587);

        var there = Geodesic.Inverse(dover, calais);
        var back = Geodesic.Inverse(calais, dover);

        Assert.Equal(there.DistanceMetres, back.DistanceMetres, 1e-9);
        Assert.True(Angles.BearingDifference(back.InitialBearingDegrees, there.FinalBearingDegrees + 180.0) < 1e-9);
        Assert.True(Angles.BearingDifference(back.FinalBearingDegrees, there.InitialBearingDegrees + 180.0) < 1e-9);
    }

    [Fact]
    public void DistanceMetresAndInitialBearingDegrees_MatchInverse()
    {
        var dover = GeoPosition.FromDegrees(51.1279, 1.3134);
        var calais = GeoPosition.FromDegrees(50.9513, 1.8587);
        var inverse = Geodesic.Inverse(dover, calais);

        Assert.Equal(inverse.DistanceMetres, Geodesic.DistanceMetres(dover, calais));
        Assert.Equal(inverse.InitialBearingDegrees, Geodesic.InitialBearingDegrees(dover, calais));
    }

    [Fact]
    public void Inverse_ResultBearings_AreInHalfOpenRange()
    {
        // Due north: the initial bearing must be 0, never 360.
        var result = Geodesic.Inverse(GeoPosition.FromDegrees(50.0, 1.5), GeoPosition.FromDegrees(51.0, 1.5));

        Assert.Equal(0.0, result.InitialBearingDegrees);
        Assert.Equal(0.0, result.FinalBearingDegrees);
    }
}
