using System.Text;
using System.Text.Json;
using Entente.Geo.GeoJson;
using NetTopologySuite.Algorithm.Distance;
using Entente.Geo.Projection;
using Entente.Geo.Tests.Geography;

namespace Entente.Geo.Tests.GeoJson;

public sealed class GeoJsonTests(GeographyFixture fixture) : IClassFixture<GeographyFixture>
{
    [Fact]
    public void Writer_WholeGeography_ReadsBackWithSameFeaturesAndProperties()
    {
        var json = fixture.Geography.ToGeoJson().ToArray();
        var back = GeoJsonReader.ReadFeatureCollection(json, GeometryProjector.DegreesFactory, "round-trip");

        Assert.Equal(fixture.Geography.Features.Count, back.Count);
        for (var i = 0; i < back.Count; i++)
        {
            var original = fixture.Geography.Features[i];
            Assert.Equal(original.Id, back[i].Properties["id"]);
            Assert.Equal(original.Name, back[i].Properties["name"]);
            Assert.Equal(original.Source, back[i].Properties["source"]);
            // Six decimals of a degree: the shapes agree to about 0.1 m, whatever the ring orientation written.
            Assert.Equal(original.GeometryDegrees.GeometryType, back[i].Geometry.GeometryType);
            Assert.Equal(original.GeometryDegrees.NumPoints, back[i].Geometry.NumPoints);
            Assert.True(DiscreteHausdorffDistance.Distance(original.GeometryDegrees, back[i].Geometry) < 1e-6, original.Id);
        }
    }

    [Fact]
    public void Writer_Polygons_HaveCounterClockwiseExteriorRings()
    {
        using var document = JsonDocument.Parse(fixture.Geography.ToGeoJson());
        var checkedRings = 0;
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            var geometry = feature.GetProperty("geometry");
            var type = geometry.GetProperty("type").GetString();
            var polygons = type switch
            {
                "Polygon" => [geometry.GetProperty("coordinates")],
                "MultiPolygon" => geometry.GetProperty("coordinates").EnumerateArray().ToList(),
                _ => new List<JsonElement>(),
            };
            foreach (var polygon in polygons)
            {
                var ring = polygon[0].EnumerateArray().Select(p => (X: p[0].GetDouble(), Y: p[1].GetDouble())).ToList();
                var signedArea = 0.0;
                for (var i = 0; i < ring.Count - 1; i++)
                {
                    signedArea += (ring[i].X * ring[i + 1].Y) - (ring[i + 1].X * ring[i].Y);
                }

                Assert.True(signedArea > 0, feature.GetProperty("id").GetString() + " exterior ring is clockwise");
                checkedRings++;
            }
        }

        Assert.True(checkedRings > 10);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[]", "FeatureCollection")]
    [InlineData("""{"type":"FeatureCollection"}""", "FeatureCollection")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature"}]}""", "feature 0")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1]}}]}""", "[longitude, latitude]")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1.5,95]}}]}""", "outside WGS84")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Circle","coordinates":[1,2]}}]}""", "unsupported geometry type 'Circle'")]
    public void Reader_MalformedInput_ThrowsInvalidDataNamingTheProblem(string json, string expected)
    {
        var ex = Assert.Throws<InvalidDataException>(() =>
            GeoJsonReader.ReadFeatureCollection(Encoding.UTF8.GetBytes(json), GeometryProjector.DegreesFactory, "test.geojson"));
        Assert.Contains("test.geojson", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_ValidPolygonWithHole_KeepsTheHole()
    {
        const string json = """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"x","n":1.5,"b":true},
             "geometry":{"type":"Polygon","coordinates":[[[0,50],[2,50],[2,52],[0,52],[0,50]],[[0.5,50.5],[0.5,51],[1,51],[0.5,50.5]]]}}]}
            """;
        var feature = Assert.Single(GeoJsonReader.ReadFeatureCollection(Encoding.UTF8.GetBytes(json), GeometryProjector.DegreesFactory, "t"));
        var polygon = Assert.IsType<NetTopologySuite.Geometries.Polygon>(feature.Geometry);
        Assert.Equal(1, polygon.NumInteriorRings);
        Assert.Equal(1.5, feature.Properties["n"]);
        Assert.Equal(true, feature.Properties["b"]);
    }
}
