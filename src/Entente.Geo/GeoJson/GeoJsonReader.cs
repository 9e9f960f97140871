using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Entente.Geo.GeoJson;

/// <summary>Reads RFC 7946 GeoJSON feature collections into NetTopologySuite geometries.</summary>
public static class GeoJsonReader
{
    /// <summary>Reads a FeatureCollection.</summary>
    /// <param name="json">The UTF-8 JSON.</param>
    /// <param name="factory">The geometry factory.</param>
    /// <param name="sourceName">A name for error messages, e.g. the file name.</param>
    /// <returns>The features, in file order.</returns>
    /// <exception cref="InvalidDataException">The JSON is not a valid feature collection; the message says where.</exception>
    public static IReadOnlyList<GeoJsonFeature> ReadFeatureCollection(ReadOnlySpan<byte> json, GeometryFactory factory, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(factory);
        try
        {
            var reader = new Utf8JsonReader(json);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "type") != "FeatureCollection" ||
                !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"{sourceName}: expected a GeoJSON FeatureCollection with a 'features' array.");
            }

            var result = new List<GeoJsonFeature>(features.GetArrayLength());
            var index = 0;
            foreach (var feature in features.EnumerateArray())
            {
                result.Add(ReadFeature(feature, factory, $"{sourceName}: feature {index}"));
                index++;
            }

            return result;
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{sourceName}: not valid JSON ({ex.Message}).", ex);
        }
    }

    private static GeoJsonFeature ReadFeature(JsonElement feature, GeometryFactory factory, string where)
    {
        if (feature.ValueKind != JsonValueKind.Object || Text(feature, "type") != "Feature" ||
            !feature.TryGetProperty("geometry", out var geometry))
        {
            throw new InvalidDataException($"{where}: expected a Feature with a geometry.");
        }

        var properties = new Dictionary<string, object>(StringComparer.Ordinal);
        if (feature.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in props.EnumerateObject())
            {
                object? value = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Number => property.Value.GetDouble(),
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    _ => null,
                };
                if (value is not null)
                {
                    properties[property.Name] = value;
                }
            }
        }

        return new GeoJsonFeature(properties, ReadGeometry(geometry, factory, where));
    }

    private static Geometry ReadGeometry(JsonElement geometry, GeometryFactory factory, string where)
    {
        if (!geometry.TryGetProperty("coordinates", out var c))
        {
            throw new InvalidDataException($"{where}: geometry without coordinates.");
        }

        return Text(geometry, "type") switch
        {
            "Point" => factory.CreatePoint(Position(c, where)),
            "MultiPoint" => factory.CreateMultiPointFromCoords(Positions(c, where)),
            "LineString" => factory.CreateLineString(Positions(c, where)),
            "MultiLineString" => factory.CreateMultiLineString(
                c.EnumerateArray().Select(l => factory.CreateLineString(Positions(l, where))).ToArray()),
            "Polygon" => Polygon(c, factory, where),
            "MultiPolygon" => factory.CreateMultiPolygon(c.EnumerateArray().Select(p => Polygon(p, factory, where)).ToArray()),
            var other => throw new InvalidDataException($"{where}: unsupported geometry type '{other}'."),
        };
    }

    private static Polygon Polygon(JsonElement rings, GeometryFactory factory, string where)
    {
        var linearRings = rings.EnumerateArray().Select(r => factory.CreateLinearRing(Positions(r, where))).ToArray();
        if (linearRings.Length == 0)
        {
            throw new InvalidDataException($"{where}: polygon without rings.");
        }

        return factory.CreatePolygon(linearRings[0], linearRings[1..]);
    }

    private static Coordinate[] Positions(JsonElement array, string where) =>
        array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(p => Position(p, where)).ToArray()
            : throw new InvalidDataException($"{where}: expected an array of positions.");

    private static Coordinate Position(JsonElement position, string where)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2 ||
            position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number)
        {
            throw new InvalidDataException($"{where}: a position must be [longitude, latitude].");
        }

        var lon = position[0].GetDouble();
        var lat = position[1].GetDouble();
        if (!Core.Positions.GeoPosition.TryFromDegrees(lat, lon, out _))
        {
            throw new InvalidDataException($"{where}: position [{lon}, {lat}] is outside WGS84 ranges.");
        }

        return new Coordinate(lon, lat);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
