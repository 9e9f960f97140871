using Entente.Core.Positions;
using Entente.Geo.Features;
using Entente.Geo.Geography;
using Entente.Geo.Projection;

namespace Entente.Geo.Tests.Geography;

public sealed partial class ChannelGeographyTests
{
    [Fact]
    public void SarRegions_PartitionTheAreaOfInterest()
    {
        var uk = _geo.Find("sar-region-uk")!.GeometryMetres;
        var fr = _geo.Find("sar-region-fr")!.GeometryMetres;
        var area = GeometryProjector.ToMetres(AreaOfInterest.CreateDegreesPolygon(GeometryProjector.DegreesFactory));

        Assert.Equal(area.Area, uk.Area + fr.Area, area.Area * 1e-9);
        Assert.True(uk.Intersection(fr).Area < area.Area * 1e-9);
        Assert.True(uk.Covers(_geo.Find("centre-hmcg-dover")!.GeometryMetres));
        Assert.True(fr.Covers(_geo.Find("centre-cross-gris-nez")!.GeometryMetres));
    }

    [Fact]
    public void TerritorialSeas_MeetAlongThe1988Boundary()
    {
        // Points II to V of the 1988 agreement (WGS84); the end segments I–II and V–VI lie where the two
        // 12 nm limits barely meet, which a 1:10m coast cannot resolve.
        var boundary = new[]
        {
            new NetTopologySuite.Geometries.Coordinate(1.28141, 50.89552), new(1.35558, 50.94913),
            new(1.54669, 51.03775), new(1.72392, 51.09859),
        };
        for (var i = 0; i < boundary.Length - 1; i++)
        {
            // A point 200 m either side of each segment's middle, across the line.
            var midLat = (boundary[i].Y + boundary[i + 1].Y) / 2;
            var midLon = (boundary[i].X + boundary[i + 1].X) / 2;
            var dLat = boundary[i + 1].Y - boundary[i].Y;
            var dLon = (boundary[i + 1].X - boundary[i].X) * Math.Cos(midLat * Math.PI / 180);
            var length = Math.Sqrt((dLat * dLat) + (dLon * dLon));
            var offset = 200.0 / 111_000;
            var northWest = GeoPosition.FromDegrees(midLat + (dLon / length * offset), midLon - (dLat / length * offset / Math.Cos(midLat * Math.PI / 180)));
            var southEast = GeoPosition.FromDegrees(midLat - (dLon / length * offset), midLon + (dLat / length * offset / Math.Cos(midLat * Math.PI / 180)));

            Assert.Contains(_geo.ZonesAt(northWest), z => z.Id == "territorial-sea-uk");
            Assert.Contains(_geo.ZonesAt(southEast), z => z.Id == "territorial-sea-fr");
        }
    }

    [Fact]
    public void TerritorialSeas_AndInshoreZones_DoNotCoverLand()
    {
        var land = _geo.OfKind(FeatureKind.Land).Select(f => f.GeometryMetres).Aggregate((a, b) => a.Union(b));
        foreach (var zone in _geo.Features.Where(f => f.Kind is FeatureKind.TerritorialSea or FeatureKind.InshoreTrafficZone))
        {
            Assert.True(zone.GeometryMetres.Intersection(land).Area < 1.0, zone.Id + " overlaps land");
        }
    }

    [Fact]
    public void TerritorialSea_ExtendsAboutTwelveMilesOffshoreOutsideTheStrait()
    {
        // Off Hastings the Channel is wide: 11 nm offshore is territorial sea, 13 nm is not.
        var hastings = GeoPosition.FromDegrees(50.855, 0.59);
        var inside = Core.Geodesy.Geodesic.Direct(hastings, 180, 11 * 1852).Position;
        var outside = Core.Geodesy.Geodesic.Direct(hastings, 180, 13.5 * 1852).Position;
        Assert.Contains(_geo.ZonesAt(inside), z => z.Id == "territorial-sea-uk");
        Assert.DoesNotContain(_geo.ZonesAt(outside), z => z.Kind == FeatureKind.TerritorialSea);
    }

    [Fact]
    public void Load_SarBoundaryOverride_MovesTheRegionLine()
    {
        // A made-up straight line further east: Wissant's offing becomes UK SAR region.
        var options = new ChannelGeographyOptions
        {
            SarBoundary =
            [
                new CoordinateOption { LatitudeDegrees = 49.9, LongitudeDegrees = 1.0 },
                new CoordinateOption { LatitudeDegrees = 51.8, LongitudeDegrees = 2.9 },
            ],
        };
        var moved = ChannelGeography.Load(options);
        var offWissant = GeoPosition.FromDegrees(50.95, 1.55);

        Assert.Contains(_geo.ZonesAt(offWissant), z => z.Id == "sar-region-fr");
        Assert.Contains(moved.ZonesAt(offWissant), z => z.Id == "sar-region-uk");
        Assert.Equal(2, moved.Find("sar-boundary-proxy")!.GeometryDegrees.NumPoints);
    }

    [Fact]
    public void Load_SarBoundaryThatDoesNotCrossTheArea_IsRejected()
    {
        var options = new ChannelGeographyOptions
        {
            SarBoundary =
            [
                new CoordinateOption { LatitudeDegrees = 50.9, LongitudeDegrees = 1.2 },
                new CoordinateOption { LatitudeDegrees = 50.95, LongitudeDegrees = 1.3 },
                new CoordinateOption { LatitudeDegrees = 50.9, LongitudeDegrees = 1.4 },
            ],
        };
        var ex = Assert.Throws<InvalidOperationException>(() => ChannelGeography.Load(options));
        Assert.Contains("SAR boundary", ex.Message, StringComparison.Ordinal);
    }
}
