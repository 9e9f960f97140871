using System.Text.Json;
using Entente.Geo.Features;
using NetTopologySuite.Geometries;

namespace Entente.Geo.GeoJson;

/// <summary>Writes features as an RFC 7946 GeoJSON FeatureCollection in WGS84 degrees.</summary>
public static class GeoJsonWriter
{
    // Six decimals of a degree is about 0.1 m: finer than any source, coarser than noise.
    private const int Decimals = 6;

    /// <summary>Writes a FeatureCollection.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="features">The features.</param>
    public static void WriteFeatureCollection(Utf8JsonWriter writer, IEnumerable<GeoFeature> features)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(features);
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        foreach (var feature in features)
        {
            WriteFeature(writer, feature);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Serialises a FeatureCollection to UTF-8 bytes.</summary>
    /// <param name="features">The features.</param>
    /// <returns>The JSON.</returns>
    public static byte[] ToUtf8Bytes(IEnumerable<GeoFeature> features)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            WriteFeatureCollection(writer, features);
        }

        return stream.ToArray();
    }

    private static void WriteFeature(Utf8JsonWriter writer, GeoFeature feature)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", feature.Id);
        writer.WriteStartObject("properties");
        writer.WriteString("id", feature.Id);
        writer.WriteString("kind", FeatureKinds.ToName(feature.Kind));
        writer.WriteString("name", feature.Name);
        foreach (var (name, value) in feature.Properties)
        {
            switch (value)
            {
                case string text: writer.WriteString(name, text); break;
                case double number: writer.WriteNumber(name, number); break;
                case bool flag: writer.WriteBoolean(name, flag); break;
                default: break;
            }
        }

        writer.WriteString("source", feature.Source);
        writer.WriteEndObject();
        writer.WritePropertyName("geometry");
        WriteGeometry(writer, feature.GeometryDegrees);
        writer.WriteEndObject();
    }

    private static void WriteGeometry(Utf8JsonWriter writer, Geometry geometry)
    {
        writer.WriteStartObject();
        writer.WriteString("type", geometry.GeometryType);
        writer.WritePropertyName("coordinates");
        switch (geometry)
        {
            case Point point: WritePosition(writer, point.Coordinate); break;
            case LineString line: WritePositions(writer, line.Coordinates); break;
            case Polygon polygon: WritePolygon(writer, polygon); break;
            case MultiPolygon multi:
                writer.WriteStartArray();
                foreach (var part in multi.Geometries)
                {
                    WritePolygon(writer, (Polygon)part);
                }

                writer.WriteEndArray();
                break;
            case MultiLineString lines:
                writer.WriteStartArray();
                foreach (var part in lines.Geometries)
                {
                    WritePositions(writer, part.Coordinates);
                }

                writer.WriteEndArray();
                break;
            case MultiPoint points: WritePositions(writer, points.Coordinates); break;
            default: throw new NotSupportedException($"Geometry type {geometry.GeometryType} cannot be written as GeoJSON here.");
        }

        writer.WriteEndObject();
    }

    private static void WritePolygon(Utf8JsonWriter writer, Polygon polygon)
    {
        // RFC 7946: exterior rings counter-clockwise, holes clockwise.
        writer.WriteStartArray();
        WritePositions(writer, EnsureOrientation(polygon.ExteriorRing.Coordinates, counterClockwise: true));
        foreach (var hole in polygon.InteriorRings)
        {
            WritePositions(writer, EnsureOrientation(hole.Coordinates, counterClockwise: false));
        }

        writer.WriteEndArray();
    }

    // The signed area is robust for rings with flat tops (land clipped to the area's edge), unlike the highest-point test.
    private static Coordinate[] EnsureOrientation(Coordinate[] ring, bool counterClockwise) =>
        NetTopologySuite.Algorithm.Area.OfRingSigned(ring) < 0 == counterClockwise ? ring : ring.Reverse().ToArray();

    private static void WritePositions(Utf8JsonWriter writer, Coordinate[] coordinates)
    {
        writer.WriteStartArray();
        foreach (var c in coordinates)
        {
            WritePosition(writer, c);
        }

        writer.WriteEndArray();
    }

    private static void WritePosition(Utf8JsonWriter writer, Coordinate c)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(Math.Round(c.X, Decimals));
        writer.WriteNumberValue(Math.Round(c.Y, Decimals));
        writer.WriteEndArray();
    }
}
