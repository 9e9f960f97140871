using System.Globalization;
using System.Text.Json;
using Entente.Core.Detections;
using Entente.Core.Positions;
using Entente.Simulation.World;

namespace Entente.Simulation.Output;

/// <summary>Reads and writes <see cref="TruthRecord"/> as one JSON object per line, with fixed field order and rounding.</summary>
public static class TruthRecordJson
{
    /// <summary>Writes one record (without the line end).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="record">The record.</param>
    public static void Write(Utf8JsonWriter writer, TruthRecord record)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);
        writer.WriteStartObject();
        writer.WriteString("time", DetectionRecordJson.FormatTime(record.Time));
        writer.WriteString("id", record.Id);
        writer.WriteString("kind", KindName(record.Kind));
        writer.WriteNumber("lat", Math.Round(record.Position.LatitudeDegrees, 7));
        writer.WriteNumber("lon", Math.Round(record.Position.LongitudeDegrees, 7));
        writer.WriteNumber("speed_kn", Math.Round(record.SpeedKnots, 3));
        writer.WriteNumber("course_deg", Math.Round(record.CourseDegrees, 3));
        writer.WriteNumber("people", record.People);
        writer.WriteString("state", StateName(record.State));
        if (record.Mmsi is { } mmsi)
        {
            writer.WriteNumber("mmsi", mmsi);
        }

        if (record.Name is { } name)
        {
            writer.WriteString("name", name);
        }

        writer.WriteEndObject();
    }

    /// <summary>Parses one line.</summary>
    /// <param name="line">The UTF-8 line.</param>
    /// <param name="record">The record when valid.</param>
    /// <param name="error">Why not, when not.</param>
    /// <returns>True when valid.</returns>
    public static bool TryParse(ReadOnlySpan<byte> line, out TruthRecord? record, out string? error)
    {
        record = null;
        try
        {
            var reader = new Utf8JsonReader(line);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "A truth record must be a JSON object.";
                return false;
            }

            var time = DateTimeOffset.Parse(root.GetProperty("time").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
            var kind = ParseKind(root.GetProperty("kind").GetString()) ?? throw new FormatException("Unknown kind.");
            var state = ParseState(root.GetProperty("state").GetString()) ?? throw new FormatException("Unknown state.");
            record = new TruthRecord(time, root.GetProperty("id").GetString()!, kind,
                GeoPosition.FromDegrees(root.GetProperty("lat").GetDouble(), root.GetProperty("lon").GetDouble()),
                root.GetProperty("speed_kn").GetDouble(), root.GetProperty("course_deg").GetDouble(), root.GetProperty("people").GetInt32(), state,
                root.TryGetProperty("mmsi", out var m) ? m.GetInt32() : null, root.TryGetProperty("name", out var n) ? n.GetString() : null);
            error = null;
            return true;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or FormatException or InvalidOperationException or ArgumentException)
        {
            error = "Not a truth record: " + ex.Message;
            return false;
        }
    }

    /// <summary>The format's name of a kind (e.g. small-boat).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public static string KindName(ObjectKind kind) => Kebab(kind.ToString());

    /// <summary>The format's name of a state (e.g. in-water).</summary>
    /// <param name="state">The state.</param>
    /// <returns>The name.</returns>
    public static string StateName(ObjectState state) => Kebab(state.ToString());

    /// <summary>The kind named in the format, or null.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The kind.</returns>
    public static ObjectKind? ParseKind(string? name) => Enum.GetValues<ObjectKind>().Select(k => (ObjectKind?)k).FirstOrDefault(k => KindName(k!.Value) == name);

    /// <summary>The state named in the format, or null.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The state.</returns>
    public static ObjectState? ParseState(string? name) => Enum.GetValues<ObjectState>().Select(k => (ObjectState?)k).FirstOrDefault(k => StateName(k!.Value) == name);

    private static string Kebab(string pascal)
    {
        var chars = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                chars.Append('-');
            }

            chars.Append(char.ToLowerInvariant(pascal[i]));
        }

        return chars.ToString();
    }
}
