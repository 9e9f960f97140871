using System.Text.Json;
using Entente.Core.Positions;
using Entente.Sar.Drift;
using Entente.Sar.Particles;

namespace Entente.Sar.Outputs;

/// <summary>
/// Writes a drift as a GeoJSON FeatureCollection (RFC 7946: longitude, latitude, 6 decimals): the datum track as a
/// line, the datum at each output time as a point with its uncertainty, the containment areas, and the final particles
/// as one multipoint per scenario.
/// </summary>
public static class DriftGeoJson
{
    /// <summary>Writes the collection.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="result">The drift.</param>
    /// <param name="areas">Containment areas of the final particles (e.g. 50% and 90%).</param>
    public static void Write(Utf8JsonWriter writer, DriftResult result, IReadOnlyList<ContainmentArea> areas)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(areas);
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");

        Feature(writer, "LineString", w => Positions(w, result.DatumTrack.Select(d => d.Centroid)), w =>
        {
            w.WriteString("kind", "datum-track");
            w.WriteString("direction", result.Request.Options.Direction == DriftDirection.Forward ? "forward" : "backward");
        });
        foreach (var datum in result.DatumTrack)
        {
            Feature(writer, "Point", w => Position(w, datum.Centroid), w => DatumProperties(w, datum));
        }

        WriteAreas(writer, areas);
        WriteParticles(writer, result.Final, [.. result.Request.Scenarios.Select(sc => sc.Category.Key)]);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a particle cloud alone as a FeatureCollection: its datum as a point, the containment areas, and the
    /// particles by category (e.g. a lost boat's drift in the picture).
    /// </summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="cloud">The particles.</param>
    /// <param name="categoryKeys">The leeway category of each scenario index.</param>
    /// <param name="areas">Containment areas of the cloud.</param>
    public static void WriteCloud(Utf8JsonWriter writer, ParticleCloud cloud, IReadOnlyList<string> categoryKeys, IReadOnlyList<ContainmentArea> areas)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(cloud);
        ArgumentNullException.ThrowIfNull(categoryKeys);
        ArgumentNullException.ThrowIfNull(areas);
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        var datum = DatumEstimator.Estimate(cloud);
        Feature(writer, "Point", w => Position(w, datum.Centroid), w => DatumProperties(w, datum));
        WriteAreas(writer, areas);
        WriteParticles(writer, cloud, categoryKeys);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void DatumProperties(Utf8JsonWriter w, DatumPoint datum)
    {
        w.WriteString("kind", "datum");
        w.WriteString("time", datum.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteNumber("sigma_m", Math.Round(datum.SigmaMetres, 1));
        w.WriteNumber("sigma_major_m", Math.Round(datum.SigmaMajorMetres, 1));
        w.WriteNumber("sigma_minor_m", Math.Round(datum.SigmaMinorMetres, 1));
        w.WriteNumber("major_axis_deg", Math.Round(datum.MajorAxisBearingDegrees, 1));
        w.WriteNumber("stranded", Math.Round(datum.StrandedFraction, 4));
    }

    private static void WriteAreas(Utf8JsonWriter writer, IReadOnlyList<ContainmentArea> areas)
    {
        foreach (var area in areas)
        {
            Feature(writer, "MultiPolygon", w =>
            {
                w.WriteStartArray();
                foreach (var polygon in area.Polygons)
                {
                    w.WriteStartArray();
                    Positions(w, polygon.Outer);
                    foreach (var hole in polygon.Holes)
                    {
                        Positions(w, hole);
                    }

                    w.WriteEndArray();
                }

                w.WriteEndArray();
            }, w =>
            {
                w.WriteString("kind", "containment");
                w.WriteNumber("level", area.Level);
                w.WriteNumber("contained", Math.Round(area.Contained, 4));
                w.WriteNumber("area_km2", Math.Round(area.AreaSquareMetres / 1e6, 3));
            });
        }
    }

    private static void WriteParticles(Utf8JsonWriter writer, ParticleCloud final, IReadOnlyList<string> categoryKeys)
    {
        for (var s = 0; s < categoryKeys.Count; s++)
        {
            var scenario = (byte)s;
            var members = Enumerable.Range(0, final.Count).Where(i => final.Scenarios[i] == scenario && final.States[i] != ParticleState.NotDeparted).ToList();
            Feature(writer, "MultiPoint", w => Positions(w, members.Select(final.PositionOf)), w =>
            {
                w.WriteString("kind", "particles");
                w.WriteString("category", categoryKeys[scenario]);
                w.WriteNumber("particles", members.Count);
                w.WriteNumber("stranded", members.Count(i => final.States[i] == ParticleState.Stranded));
            });
        }
    }

    private static void Feature(Utf8JsonWriter writer, string type, Action<Utf8JsonWriter> coordinates, Action<Utf8JsonWriter> properties)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteStartObject("geometry");
        writer.WriteString("type", type);
        writer.WritePropertyName("coordinates");
        coordinates(writer);
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        properties(writer);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void Positions(Utf8JsonWriter writer, IEnumerable<GeoPosition> positions)
    {
        writer.WriteStartArray();
        foreach (var position in positions)
        {
            Position(writer, position);
        }

        writer.WriteEndArray();
    }

    private static void Position(Utf8JsonWriter writer, GeoPosition position)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(Math.Round(position.LongitudeDegrees, 6));
        writer.WriteNumberValue(Math.Round(position.LatitudeDegrees, 6));
        writer.WriteEndArray();
    }
}
