using System.Text.Json;
using Entente.Core.Positions;
using Entente.Core.Projection;
using Entente.Sar.Search;

namespace Entente.Sar.Tests.Search;

public sealed class SearchPlanGeoJsonTests
{
    private static readonly SearchPlan Plan = SearchPlanner.Plan(
        TestClouds.Gaussian(new ProjectedPoint(10_000, 20_000), 6_000, 2_000, 45), new ProjectedPoint(9_000, 19_000), 250,
        [new SearchAsset("Alpha", 10, 1852, 4), new SearchAsset("Rescue 163", 90, 3700, 2.5)]);

    private static JsonDocument Parse()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            SearchPlanGeoJson.Write(writer, Plan);
        }

        return JsonDocument.Parse(stream.ToArray());
    }

    [Fact]
    public void Write_GivesALineAndAnAreaPerAssignment()
    {
        using var json = Parse();
        var root = json.RootElement;

        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var features = root.GetProperty("features").EnumerateArray().ToArray();
        Assert.Equal(2 * Plan.Assignments.Count, features.Length);
        Assert.Equal(Plan.Assignments.Count, features.Count(f => f.GetProperty("geometry").GetProperty("type").GetString() == "LineString"));
        Assert.Equal(Plan.Assignments.Count, features.Count(f => f.GetProperty("geometry").GetProperty("type").GetString() == "Polygon"));
        Assert.All(features, f => Assert.Equal("Feature", f.GetProperty("type").GetString()));
    }

    [Fact]
    public void Write_TrackHasTheWaypointsAndTheProperties()
    {
        using var json = Parse();
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToArray();

        foreach (var assignment in Plan.Assignments)
        {
            var pattern = assignment.Pattern;
            var track = features.Single(f => f.GetProperty("properties").GetProperty("asset").GetString() == assignment.Asset.Name
                && f.GetProperty("geometry").GetProperty("type").GetString() == "LineString");
            var properties = track.GetProperty("properties");
            var expectedKind = pattern.Kind switch
            {
                Sar.Search.Patterns.SearchPatternKind.ExpandingSquare => "expanding_square",
                Sar.Search.Patterns.SearchPatternKind.SectorSearch => "sector_search",
                Sar.Search.Patterns.SearchPatternKind.ParallelSweep => "parallel_sweep",
                _ => "creeping_line",
            };
            Assert.Equal(expectedKind, properties.GetProperty("pattern").GetString());
            Assert.Equal(pattern.TrackSpacingMetres, properties.GetProperty("spacing_m").GetDouble(), 0.06);
            Assert.Equal(pattern.SweepWidthMetres, properties.GetProperty("sweep_width_m").GetDouble(), 0.06);
            Assert.Equal(pattern.TrackLengthMetres, properties.GetProperty("length_m").GetDouble(), 0.06);
            Assert.Equal(pattern.TrackLengthMetres / (pattern.Asset.SpeedKnots * 1852), properties.GetProperty("hours").GetDouble(), 0.0006);
            Assert.Equal(pattern.Pod, properties.GetProperty("pod").GetDouble(), 0.00006);
            Assert.Equal(assignment.Pos, properties.GetProperty("pos").GetDouble(), 0.00006);

            var coordinates = track.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().ToArray();
            Assert.Equal(pattern.Waypoints.Count, coordinates.Length);
            for (var i = 0; i < coordinates.Length; i++)
            {
                var back = ChannelProjection.Project(GeoPosition.FromDegrees(coordinates[i][1].GetDouble(), coordinates[i][0].GetDouble()));

                // Six decimals of a degree: within about 0.1 m.
                Assert.True(back.PlanarDistanceMetres(pattern.Waypoints[i]) < 0.1);
            }
        }
    }

    [Fact]
    public void Write_AreaIsAClosedCounterClockwiseRing()
    {
        using var json = Parse();
        var areas = json.RootElement.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("geometry").GetProperty("type").GetString() == "Polygon").ToArray();

        foreach (var area in areas)
        {
            var name = area.GetProperty("properties").GetProperty("asset").GetString();
            var pattern = Plan.Assignments.Single(a => a.Asset.Name == name).Pattern;
            var rings = area.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().ToArray();
            Assert.Single(rings);
            var ring = rings[0].EnumerateArray().Select(c => (Lon: c[0].GetDouble(), Lat: c[1].GetDouble())).ToArray();
            Assert.Equal(pattern.CoveredArea.Count + 1, ring.Length);
            Assert.Equal(ring[0], ring[^1]);

            var twiceArea = 0.0;
            for (var i = 0; i + 1 < ring.Length; i++)
            {
                twiceArea += (ring[i].Lon * ring[i + 1].Lat) - (ring[i + 1].Lon * ring[i].Lat);
            }

            Assert.True(twiceArea > 0, "RFC 7946 exterior rings are counter-clockwise.");
            Assert.Equal(pattern.AreaSquareMetres / 1e6, area.GetProperty("properties").GetProperty("area_km2").GetDouble(), 0.0001);
        }
    }
}
