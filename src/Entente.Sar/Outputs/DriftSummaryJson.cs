using System.Globalization;
using System.Text.Json;
using Entente.Sar.Drift;

namespace Entente.Sar.Outputs;

/// <summary>Writes a drift's summary as JSON: what was asked, the forcing, the datum track and the containment areas
/// (the particles themselves go to GeoJSON).</summary>
public static class DriftSummaryJson
{
    /// <summary>Writes the summary object.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="result">The drift.</param>
    /// <param name="areas">Containment areas of the final particles.</param>
    public static void Write(Utf8JsonWriter writer, DriftResult result, IReadOnlyList<ContainmentArea> areas)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(areas);
        var request = result.Request;
        var seed = request.Seed;
        writer.WriteStartObject();
        writer.WriteString("direction", request.Options.Direction == DriftDirection.Forward ? "forward" : "backward");
        writer.WriteStartObject("seed");
        writer.WriteString("shape", seed.Shape.ToString().ToLowerInvariant());
        writer.WriteNumber("lat", Math.Round(seed.Centre.LatitudeDegrees, 6));
        writer.WriteNumber("lon", Math.Round(seed.Centre.LongitudeDegrees, 6));
        writer.WriteString("time", Iso(seed.Time));
        writer.WriteString("latest_time", Iso(seed.LatestTime));
        writer.WriteNumber("radius_m", seed.RadiusMetres);
        if (seed.Shape == SeedShape.Ellipse)
        {
            writer.WriteNumber("semi_major_m", seed.SemiMajorMetres);
            writer.WriteNumber("semi_minor_m", seed.SemiMinorMetres);
            writer.WriteNumber("major_axis_deg", seed.MajorAxisBearingDegrees);
        }

        if (seed.Shape == SeedShape.Line)
        {
            writer.WriteNumber("end_lat", Math.Round(seed.End.LatitudeDegrees, 6));
            writer.WriteNumber("end_lon", Math.Round(seed.End.LongitudeDegrees, 6));
            writer.WriteString("end_time", Iso(seed.EndTime));
        }

        writer.WriteEndObject();
        writer.WriteStartArray("scenarios");
        var total = request.Scenarios.Sum(s => s.Weight);
        foreach (var scenario in request.Scenarios)
        {
            writer.WriteStartObject();
            writer.WriteString("category", scenario.Category.Key);
            writer.WriteString("description", scenario.Category.Description);
            writer.WriteNumber("weight", Math.Round(scenario.Weight / total, 6));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("forcing", request.Forcing.Description);
        writer.WriteNumber("particles", request.Options.Particles);
        writer.WriteNumber("step_s", request.Options.Step.TotalSeconds);
        writer.WriteNumber("jibe_per_hour", request.Options.JibeProbabilityPerHour);
        writer.WriteBoolean("capsize", request.Options.Capsize);
        writer.WriteString("end_time", Iso(request.EndTime));
        writer.WriteNumber("particle_steps", result.ParticleSteps);
        writer.WriteStartArray("datum_track");
        foreach (var datum in result.DatumTrack)
        {
            writer.WriteStartObject();
            writer.WriteString("time", Iso(datum.Time));
            writer.WriteNumber("lat", Math.Round(datum.Centroid.LatitudeDegrees, 6));
            writer.WriteNumber("lon", Math.Round(datum.Centroid.LongitudeDegrees, 6));
            writer.WriteNumber("sigma_m", Math.Round(datum.SigmaMetres, 1));
            writer.WriteNumber("sigma_major_m", Math.Round(datum.SigmaMajorMetres, 1));
            writer.WriteNumber("sigma_minor_m", Math.Round(datum.SigmaMinorMetres, 1));
            writer.WriteNumber("major_axis_deg", Math.Round(datum.MajorAxisBearingDegrees, 1));
            writer.WriteNumber("stranded", Math.Round(datum.StrandedFraction, 4));
            writer.WriteNumber("not_departed", Math.Round(datum.NotDepartedFraction, 4));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("containment");
        foreach (var area in areas)
        {
            writer.WriteStartObject();
            writer.WriteNumber("level", area.Level);
            writer.WriteNumber("contained", Math.Round(area.Contained, 4));
            writer.WriteNumber("area_km2", Math.Round(area.AreaSquareMetres / 1e6, 3));
            writer.WriteNumber("polygons", area.Polygons.Count);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
