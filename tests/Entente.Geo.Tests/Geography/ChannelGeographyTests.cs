using Entente.Core.Geodesy;
using Entente.Core.Positions;
using Entente.Geo.Features;
using Entente.Geo.Geography;

namespace Entente.Geo.Tests.Geography;

public sealed partial class ChannelGeographyTests(GeographyFixture fixture) : IClassFixture<GeographyFixture>
{
    private readonly ChannelGeography _geo = fixture.Geography;

    [Theory]
    [InlineData(FeatureKind.LaunchBeach, 15)]
    [InlineData(FeatureKind.Landing, 8)]
    [InlineData(FeatureKind.LifeboatStation, 13)]
    [InlineData(FeatureKind.CoordinationCentre, 2)]
    [InlineData(FeatureKind.RadarSite, 2)]
    [InlineData(FeatureKind.TssLane, 2)]
    [InlineData(FeatureKind.TssSeparationZone, 1)]
    [InlineData(FeatureKind.InshoreTrafficZone, 2)]
    [InlineData(FeatureKind.Land, 3)]
    [InlineData(FeatureKind.SarRegion, 2)]
    [InlineData(FeatureKind.TerritorialSea, 2)]
    [InlineData(FeatureKind.TerritorialBoundary, 1)]
    [InlineData(FeatureKind.SarBoundary, 1)]
    public void LoadDefault_HasAtLeastTheRequiredFeatures(FeatureKind kind, int minimum) =>
        Assert.True(_geo.OfKind(kind).Count() >= minimum, $"{kind}: {_geo.OfKind(kind).Count()} < {minimum}");

    [Fact]
    public void LoadDefault_EveryFeatureHasIdNameSourceAndValidGeometry()
    {
        Assert.Equal(_geo.Features.Count, _geo.Features.Select(f => f.Id).Distinct().Count());
        Assert.All(_geo.Features, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Name), f.Id);
            Assert.True(f.Source.Length > 10, f.Id + " cites no source");
            Assert.True(f.GeometryMetres.IsValid, f.Id + " has an invalid geometry");
            Assert.False(f.GeometryDegrees.IsEmpty, f.Id + " is empty");
        });
    }

    [Fact]
    public void LoadDefault_ProxiesAreLabelledAsSuch()
    {
        Assert.Contains("PROXY", _geo.Find("sar-boundary-proxy")!.Source, StringComparison.Ordinal);
        Assert.All(_geo.OfKind(FeatureKind.SarRegion), f => Assert.Contains("PROXY", f.Source, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(50.95, 1.55, new[] { "territorial-sea-fr", "tss-lane-north-east", "sar-region-fr" })]
    [InlineData(51.00, 1.30, new[] { "territorial-sea-uk", "tss-lane-south-west", "sar-region-uk" })]
    [InlineData(50.99, 1.44, new[] { "territorial-sea-uk", "tss-separation-zone-central", "sar-region-uk" })]
    [InlineData(50.975, 1.43, new[] { "territorial-sea-fr", "tss-separation-zone-central", "sar-region-fr" })]
    [InlineData(50.75, 1.50, new[] { "territorial-sea-fr", "itz-french", "sar-region-fr" })]
    [InlineData(51.08, 1.25, new[] { "territorial-sea-uk", "itz-english", "sar-region-uk" })]
    [InlineData(51.28, 1.08, new[] { "land-GB", "sar-region-uk" })]
    [InlineData(50.75, 1.80, new[] { "land-FR", "sar-region-fr" })]
    [InlineData(50.30, -0.50, new[] { "sar-region-uk" })]
    public void ZonesAt_KnownPositions_NamesTheRightZonesInOrder(double lat, double lon, string[] expected) =>
        Assert.Equal(expected, _geo.ZonesAt(GeoPosition.FromDegrees(lat, lon)).Select(z => z.Id));

    [Fact]
    public void ZonesAt_OutsideTheMappedArea_IsEmpty() =>
        Assert.Empty(_geo.ZonesAt(GeoPosition.FromDegrees(45.0, -5.0)));

    [Fact]
    public void Describe_MidStraitPosition_ReadsLikeAWatchOfficer()
    {
        var text = _geo.Describe(GeoPosition.FromDegrees(50.95, 1.55)).Text;
        Assert.Equal("French territorial sea; north-east-bound lane of the Dover TSS; French SAR region; 5.7 nm NW of Wissant beach", text);
    }

    [Fact]
    public void Nearest_Beach_UsesGeodesicDistanceAndBearingFromThePlace()
    {
        var position = GeoPosition.FromDegrees(50.95, 1.55);
        var nearest = _geo.Nearest(position, FeatureKind.LaunchBeach)!;

        var wissant = GeoPosition.FromDegrees(50.887, 1.662);
        var expected = Geodesic.Inverse(wissant, position);
        Assert.Equal("beach-wissant", nearest.Place.Id);
        Assert.Equal(expected.DistanceMetres, nearest.DistanceMetres, 1e-6);
        Assert.Equal(expected.InitialBearingDegrees, nearest.BearingFromPlaceDegrees, 1e-9);
        Assert.Equal("NW", nearest.CompassPoint);
    }

    [Fact]
    public void Nearest_EveryBeachFromItsOwnPosition_IsItselfAtZeroDistance()
    {
        foreach (var beach in _geo.OfKind(FeatureKind.LaunchBeach))
        {
            var at = GeoPosition.FromDegrees(beach.GeometryDegrees.Coordinate.Y, beach.GeometryDegrees.Coordinate.X);
            var nearest = _geo.Nearest(at, FeatureKind.LaunchBeach)!;
            Assert.Equal(beach.Id, nearest.Place.Id);
            Assert.Equal(0, nearest.DistanceMetres, 1e-6);
        }
    }

    [Fact]
    public void Nearest_KindWithNoPoints_IsNull() =>
        Assert.Null(_geo.Nearest(GeoPosition.FromDegrees(51, 1.5), FeatureKind.SarRegion));

    [Fact]
    public void DistanceToCoast_OnLandIsZero_AtSeaIsPositiveAndBelowHalfTheStrait()
    {
        Assert.Equal(0, _geo.DistanceToCoastMetres(GeoPosition.FromDegrees(51.28, 1.08)));
        var midStrait = _geo.DistanceToCoastMetres(GeoPosition.FromDegrees(51.0, 1.45));
        // The Strait is about 18 nm (33 km) wide here: mid-strait is 5 to 17 km from the nearer coast.
        Assert.InRange(midStrait, 5_000, 17_000);
    }

    [Fact]
    public void DistanceToCoast_GrowsMovingOffshoreFromWissant()
    {
        var near = _geo.DistanceToCoastMetres(GeoPosition.FromDegrees(50.90, 1.62));
        var far = _geo.DistanceToCoastMetres(GeoPosition.FromDegrees(50.93, 1.52));
        Assert.True(far > near + 2000, $"{far} should exceed {near} by over 2 km");
    }

    [Fact]
    public void Beaches_LandingsAndStations_LieWithinTwoKilometresOfTheCoast()
    {
        // Places come from one source and land from another: they must agree, or one is wrong.
        var places = _geo.Features.Where(f => f.Kind is FeatureKind.LaunchBeach or FeatureKind.Landing or FeatureKind.LifeboatStation);
        Assert.All(places, p =>
        {
            var at = GeoPosition.FromDegrees(p.GeometryDegrees.Coordinate.Y, p.GeometryDegrees.Coordinate.X);
            var coast = _geo.IsOnLand(at) ? 0 : _geo.DistanceToCoastMetres(at);
            Assert.True(coast < 2000, $"{p.Id} is {coast:F0} m from the coast");
        });
    }
}
