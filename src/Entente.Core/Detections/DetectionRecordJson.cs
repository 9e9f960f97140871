using System.Globalization;
using System.Text.Json;
using Entente.Core.Json;
using Entente.Core.Positions;

namespace Entente.Core.Detections;

/// <summary>
/// Reads and writes <see cref="DetectionRecord"/> as one JSON object per line (docs/formats/detections.md). Writing is
/// deterministic: fixed field order and fixed rounding, so the same records give the same bytes.
/// </summary>
public static class DetectionRecordJson
{
    /// <summary>The <c>source</c> of an outcome reported by a vessel that took people aboard.</summary>
    public const string OutcomeSourceAsset = "asset";

    /// <summary>The <c>source</c> of an outcome reported by forces on a beach (a prevented launch) or at a landing.</summary>
    public const string OutcomeSourcePatrol = "patrol";

    // rcs_m2 is written to 3 decimals; a smaller estimate is written as this.
    private const double MinimumRcsSquareMetres = 0.001;

    /// <summary>Writes one record as a JSON object (without the line end).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="record">The record.</param>
    public static void Write(Utf8JsonWriter writer, DetectionRecord record)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);
        writer.WriteStartObject();
        writer.WriteString("time", FormatTime(record.Time));
        writer.WriteString("sensor", record.Sensor);
        writer.WriteString("kind", KindName(record.Kind));
        if (record.Outcome is { } outcome)
        {
            writer.WriteString("outcome", BoatOutcomes.ToName(outcome));
        }

        if (record.Kind == DetectionKind.Radar)
        {
            writer.WriteNumber("sensor_lat", Math.Round(record.SensorPosition!.Value.LatitudeDegrees, 6));
            writer.WriteNumber("sensor_lon", Math.Round(record.SensorPosition.Value.LongitudeDegrees, 6));
            writer.WriteNumber("range_m", Math.Round(record.RangeMetres!.Value, 1));
            writer.WriteNumber("bearing_deg", Math.Round(record.BearingDegrees!.Value, 4));
            writer.WriteNumber("sigma_range_m", Math.Round(record.SigmaRangeMetres!.Value, 3));
            writer.WriteNumber("sigma_bearing_deg", Math.Round(record.SigmaBearingDegrees!.Value, 4));
            if (record.RcsSquareMetres is { } rcs)
            {
                // Never rounded down to 0, which a reader would refuse.
                writer.WriteNumber("rcs_m2", Math.Max(MinimumRcsSquareMetres, Math.Round(rcs, 3)));
            }
        }
        else
        {
            writer.WriteNumber("lat", Math.Round(record.Position!.Value.LatitudeDegrees, 6));
            writer.WriteNumber("lon", Math.Round(record.Position.Value.LongitudeDegrees, 6));
            writer.WriteNumber("sigma_m", Math.Round(record.SigmaMetres!.Value, 1));
        }

        if (record.People is { } people)
        {
            writer.WriteNumber("people", people);
        }

        if (record.SpeedKnots is { } speed)
        {
            writer.WriteNumber("speed_kn", Math.Round(speed, 2));
        }

        if (record.CourseDegrees is { } course)
        {
            writer.WriteNumber("course_deg", Math.Round(course, 2));
        }

        if (record.Source is { } source)
        {
            writer.WriteString("source", source);
        }

        if (record.Caller is { } caller)
        {
            writer.WriteString("caller", caller);
        }

        if (record.TruthId is { } truth)
        {
            writer.WriteString("truth_id", truth);
        }

        writer.WriteEndObject();
    }

    /// <summary>Parses one line.</summary>
    /// <param name="line">The UTF-8 line, without its line end.</param>
    /// <param name="record">The record, when valid.</param>
    /// <param name="error">Why the line was rejected, in one sentence, when not valid.</param>
    /// <returns>True when the line is a valid record.</returns>
    public static bool TryParse(ReadOnlySpan<byte> line, out DetectionRecord? record, out string? error) =>
        JsonLine.TryParse(line, TryRead, out record, out error);

    /// <summary>The format's name for a kind: radar, ground, aerial or report.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The lower-case name.</returns>
    public static string KindName(DetectionKind kind) => kind switch
    {
        DetectionKind.Radar => "radar",
        DetectionKind.Ground => "ground",
        DetectionKind.Aerial => "aerial",
        DetectionKind.Report => "report",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown detection kind."),
    };

    /// <summary>Formats a time as the format writes it: ISO 8601 UTC with milliseconds.</summary>
    /// <param name="time">The time.</param>
    /// <returns>For example 2021-11-24T01:02:03.456Z.</returns>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static bool TryRead(JsonElement root, out DetectionRecord? record, out string? error)
    {
        record = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            error = "A detection must be a JSON object.";
            return false;
        }

        if (!JsonFields.TryText(root, "time", out var timeText) || !DateTimeOffset.TryParse(timeText, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            error = "'time' is missing or is not an ISO 8601 time.";
            return false;
        }

        if (!JsonFields.TryText(root, "sensor", out var sensor) || string.IsNullOrWhiteSpace(sensor))
        {
            error = "'sensor' is missing.";
            return false;
        }

        DetectionKind? kind = JsonFields.TryText(root, "kind", out var kindText) ? kindText switch
        {
            "radar" => DetectionKind.Radar,
            "ground" => DetectionKind.Ground,
            "aerial" => DetectionKind.Aerial,
            "report" => DetectionKind.Report,
            _ => null,
        } : null;
        if (kind is not { } k)
        {
            error = "'kind' must be radar, ground, aerial or report.";
            return false;
        }

        double? rcs = null;
        if (root.TryGetProperty("rcs_m2", out _))
        {
            if (k != DetectionKind.Radar)
            {
                error = "'rcs_m2' is for radar detections only.";
                return false;
            }

            if (!JsonFields.TryNumber(root, "rcs_m2", out var value) || !double.IsFinite(value) || value <= 0)
            {
                error = "'rcs_m2' must be a positive number of square metres.";
                return false;
            }

            rcs = value;
        }

        BoatOutcome? outcome = null;
        if (root.TryGetProperty("outcome", out var outcomeValue))
        {
            if (k != DetectionKind.Report)
            {
                error = "'outcome' is for report detections only.";
                return false;
            }

            outcome = outcomeValue.ValueKind == JsonValueKind.String ? BoatOutcomes.Parse(outcomeValue.GetString()) : null;
            if (outcome is null)
            {
                error = "'outcome' must be prevented, intercepted, rescued or landed.";
                return false;
            }

            if (!JsonFields.TryText(root, "source", out var reporter) || reporter is not (OutcomeSourceAsset or OutcomeSourcePatrol))
            {
                error = "An outcome report needs 'source': asset (a vessel that took people aboard) or patrol (forces on a beach or at a landing).";
                return false;
            }
        }

        try
        {
            DetectionRecord parsed;
            if (k == DetectionKind.Radar)
            {
                if (!JsonFields.TryNumber(root, "sensor_lat", out var slat) || !JsonFields.TryNumber(root, "sensor_lon", out var slon) ||
                    !JsonFields.TryNumber(root, "range_m", out var range) || !JsonFields.TryNumber(root, "bearing_deg", out var bearing) ||
                    !JsonFields.TryNumber(root, "sigma_range_m", out var sr) || !JsonFields.TryNumber(root, "sigma_bearing_deg", out var sb))
                {
                    error = "A radar detection needs sensor_lat, sensor_lon, range_m, bearing_deg, sigma_range_m and sigma_bearing_deg.";
                    return false;
                }

                parsed = DetectionRecord.Radar(time, sensor, GeoPosition.FromDegrees(slat, slon), range, bearing, sr, sb);
            }
            else
            {
                if (!JsonFields.TryNumber(root, "lat", out var lat) || !JsonFields.TryNumber(root, "lon", out var lon) || !JsonFields.TryNumber(root, "sigma_m", out var sigma))
                {
                    error = "A " + kindText + " detection needs lat, lon and sigma_m.";
                    return false;
                }

                parsed = DetectionRecord.AtPosition(time, sensor, k, GeoPosition.FromDegrees(lat, lon), sigma);
            }

            record = parsed with
            {
                RcsSquareMetres = rcs,
                People = JsonFields.TryNumber(root, "people", out var people) ? checked((int)people) : null,
                SpeedKnots = JsonFields.TryNumber(root, "speed_kn", out var speed) ? speed : null,
                CourseDegrees = JsonFields.TryNumber(root, "course_deg", out var course) ? course : null,
                Source = JsonFields.TryText(root, "source", out var source) ? source : null,
                Caller = JsonFields.TryText(root, "caller", out var caller) ? caller : null,
                TruthId = JsonFields.TryText(root, "truth_id", out var truth) ? truth : null,
                Outcome = outcome,
            };
            if (record.People is < 0)
            {
                record = null;
                error = "'people' cannot be negative.";
                return false;
            }
        }
        catch (Exception ex) when (ex is ArgumentException or OverflowException)
        {
            error = ex.Message;
            return false;
        }

        error = null;
        return true;
    }
}
