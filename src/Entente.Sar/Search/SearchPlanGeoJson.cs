using System.Text.Json;
using Entente.Core.Positions;
using Entente.Sar.Search.Patterns;

namespace Entente.Sar.Search;

/// <summary>Writes a <see cref="SearchPlan"/> as an RFC 7946 GeoJSON FeatureCollection in WGS84 degrees.</summary>
/// <remarks>
/// Per assignment, a LineString of the track with properties <c>asset</c>, <c>pattern</c>, <c>role</c> ("track"),
/// <c>spacing_m</c>, <c>sweep_width_m</c>, <c>length_m</c>, <c>hours</c>, <c>coverage</c>, <c>pod</c>, <c>pos</c>, and a
/// Polygon of the covered area (counter-clockwise, closed) with <c>asset</c>, <c>pattern</c>, <c>role</c> ("area"),
/// <c>area_km2</c>, <c>pod</c>, <c>pos</c>. <c>pos</c> is the assignment's POS on its own.
/// </remarks>
public static class SearchPlanGeoJson
{
    // Six decimals of a degree is about 0.1 m.
    private const int Decimals = 6;

    /// <summary>Writes the plan.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="plan">The plan.</param>
    public static void Write(Utf8JsonWriter writer, SearchPlan plan)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(plan);
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteNumber("total_pos", plan.TotalPos);
        writer.WriteStartArray("features");
        foreach (var assignment in plan.Assignments)
        {
            WriteTrack(writer, assignment);
            WriteArea(writer, assignment);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The snake-case name of a pattern kind, as written in the properties.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name, e.g. "expanding_square".</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is unknown.</exception>
    public static string KindName(SearchPatternKind kind) => kind switch
    {
        SearchPatternKind.ExpandingSquare => "expanding_square",
        SearchPatternKind.SectorSearch => "sector_search",
        SearchPatternKind.ParallelSweep => "parallel_sweep",
        SearchPatternKind.CreepingLine => "creeping_line",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown search pattern."),
    };

    private static void WriteTrack(Utf8JsonWriter writer, SearchAssignment assignment)
    {
        var pattern = assignment.Pattern;
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteStartObject("properties");
        WriteCommon(writer, assignment, "track");
        writer.WriteNumber("spacing_m", Math.Round(pattern.TrackSpacingMetres, 1));
        writer.WriteNumber("sweep_width_m", Math.Round(pattern.SweepWidthMetres, 1));
        writer.WriteNumber("length_m", Math.Round(pattern.TrackLengthMetres, 1));
        writer.WriteNumber("hours", Math.Round(pattern.HoursNeeded, 3));
        writer.WriteNumber("coverage", Math.Round(pattern.Coverage, 4));
        writer.WriteEndObject();
        writer.WriteStartObject("geometry");
        writer.WriteString("type", "LineString");
        writer.WritePropertyName("coordinates");
        WritePositions(writer, pattern.WaypointPositions(), closeRing: false);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteArea(Utf8JsonWriter writer, SearchAssignment assignment)
    {
        var pattern = assignment.Pattern;
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteStartObject("properties");
        WriteCommon(writer, assignment, "area");
        writer.WriteNumber("area_km2", Math.Round(pattern.AreaSquareMetres / 1e6, 4));
        writer.WriteEndObject();
        writer.WriteStartObject("geometry");
        writer.WriteString("type", "Polygon");
        writer.WriteStartArray("coordinates");

        // The projection is conformal and keeps orientation, so the counter-clockwise ring stays so in longitude and latitude.
        WritePositions(writer, pattern.CoveredAreaPositions(), closeRing: true);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteCommon(Utf8JsonWriter writer, SearchAssignment assignment, string role)
    {
        writer.WriteString("asset", assignment.Asset.Name);
        writer.WriteString("pattern", KindName(assignment.Pattern.Kind));
        writer.WriteString("role", role);
        writer.WriteNumber("pod", Math.Round(assignment.Pattern.Pod, 4));
        writer.WriteNumber("pos", Math.Round(assignment.Pos, 4));
    }

    private static void WritePositions(Utf8JsonWriter writer, IReadOnlyList<GeoPosition> positions, bool closeRing)
    {
        writer.WriteStartArray();
        foreach (var position in positions)
        {
            WritePosition(writer, position);
        }

        if (closeRing && positions.Count > 0)
        {
            WritePosition(writer, positions[0]);
        }

        writer.WriteEndArray();
    }

    private static void WritePosition(Utf8JsonWriter writer, GeoPosition position)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(Math.Round(position.LongitudeDegrees, Decimals));
        writer.WriteNumberValue(Math.Round(position.LatitudeDegrees, Decimals));
        writer.WriteEndArray();
    }
}
