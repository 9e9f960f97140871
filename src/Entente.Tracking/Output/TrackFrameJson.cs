using System.Globalization;
using System.Text.Json;
using Entente.Core.Detections;
using Entente.Core.Identifiers;
using Entente.Core.Json;
using Entente.Core.Positions;
using Entente.Tracking.Tracks;

namespace Entente.Tracking.Output;

/// <summary>
/// Reads and writes <see cref="TrackFrame"/> as one JSON object per line (docs/formats/tracks.md). Writing is
/// deterministic: fixed field order and fixed rounding, so the same frames give the same bytes. Optional fields are left
/// out when unknown, never written as null.
/// </summary>
public static class TrackFrameJson
{
    /// <summary>Writes one frame as a JSON object (without the line end).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="frame">The frame.</param>
    public static void Write(Utf8JsonWriter writer, TrackFrame frame)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(frame);
        writer.WriteStartObject();
        writer.WriteString("time", DetectionRecordJson.FormatTime(frame.Time));
        writer.WriteStartArray("tracks");
        foreach (var track in frame.Tracks)
        {
            WriteTrack(writer, track);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes one frame as its line of text (without the line end).</summary>
    /// <param name="frame">The frame.</param>
    /// <returns>The JSON object.</returns>
    public static string Write(TrackFrame frame) => JsonLine.Write(frame, Write);

    /// <summary>Parses one line.</summary>
    /// <param name="line">The UTF-8 line, without its line end.</param>
    /// <param name="frame">The frame, when valid.</param>
    /// <param name="error">Why the line was rejected, in one sentence, when not valid.</param>
    /// <returns>True when the line is a valid frame.</returns>
    public static bool TryParse(ReadOnlySpan<byte> line, out TrackFrame? frame, out string? error) =>
        JsonLine.TryParse(line, TryRead, out frame, out error);

    /// <summary>The format's name for a class: unknown, vessel-ais or small-boat.</summary>
    /// <param name="trackClass">The class.</param>
    /// <returns>The name.</returns>
    public static string ClassName(TrackClass trackClass) => trackClass switch
    {
        TrackClass.Unknown => "unknown",
        TrackClass.VesselWithAis => "vessel-ais",
        TrackClass.SmallBoat => "small-boat",
        _ => throw new ArgumentOutOfRangeException(nameof(trackClass), trackClass, "Unknown track class."),
    };

    /// <summary>The format's name for a status: tentative, confirmed or coasting.</summary>
    /// <param name="status">The status; never deleted, which is not reported.</param>
    /// <returns>The name.</returns>
    public static string StatusName(TrackStatus status) => status switch
    {
        TrackStatus.Tentative => "tentative",
        TrackStatus.Confirmed => "confirmed",
        TrackStatus.Coasting => "coasting",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Only tentative, confirmed and coasting tracks are reported."),
    };

    private static void WriteTrack(Utf8JsonWriter writer, TrackReport track)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", track.Id);
        writer.WriteNumber("lat", Math.Round(track.Position.LatitudeDegrees, 7));
        writer.WriteNumber("lon", Math.Round(track.Position.LongitudeDegrees, 7));
        writer.WriteNumber("sog_kn", Math.Round(track.SpeedKnots, 2));

        // 359.996° rounds to 360.00, which a reader rejects: it is the same course as 0.
        var course = Math.Round(track.CourseDegrees, 2);
        writer.WriteNumber("cog_deg", course >= 360 ? 0 : course);
        writer.WriteNumber("sigma_m", Math.Round(track.SigmaMetres, 1));
        writer.WriteString("class", ClassName(track.Class));
        writer.WriteNumber("class_conf", Math.Round(track.ClassConfidence, 2));
        writer.WriteString("status", StatusName(track.Status));
        if (track.Mmsi is { } mmsi)
        {
            writer.WriteNumber("mmsi", mmsi);
        }

        if (track.Name is { } name)
        {
            writer.WriteString("name", name);
        }

        if (track.People is { } people)
        {
            writer.WriteNumber("people", people);
        }

        writer.WriteEndObject();
    }

    private static bool TryRead(JsonElement root, out TrackFrame? frame, out string? error)
    {
        frame = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            error = "A track frame must be a JSON object.";
            return false;
        }

        if (!root.TryGetProperty("time", out var timeValue) || timeValue.ValueKind != JsonValueKind.String ||
            !DateTimeOffset.TryParse(timeValue.GetString(), CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            error = "'time' is missing or is not an ISO 8601 time.";
            return false;
        }

        if (!root.TryGetProperty("tracks", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            error = "'tracks' is missing or is not an array.";
            return false;
        }

        var tracks = new List<TrackReport>(array.GetArrayLength());
        var ids = new HashSet<long>();
        foreach (var element in array.EnumerateArray())
        {
            var where = "tracks[" + tracks.Count.ToString(CultureInfo.InvariantCulture) + "]";
            if (!TryReadTrack(element, where, out var track, out error))
            {
                return false;
            }

            if (!ids.Add(track!.Id))
            {
                error = string.Create(CultureInfo.InvariantCulture, $"{where}: track id {track.Id} appears twice in the frame.");
                return false;
            }

            tracks.Add(track);
        }

        frame = new TrackFrame(time, tracks);
        error = null;
        return true;
    }

    private static bool TryReadTrack(JsonElement element, string where, out TrackReport? track, out string? error)
    {
        track = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            error = where + " is not a JSON object.";
            return false;
        }

        if (!element.TryGetProperty("id", out var idValue) || idValue.ValueKind != JsonValueKind.Number || !idValue.TryGetInt64(out var id) ||
            id < 0)
        {
            error = where + ": 'id' is missing or is not a non-negative whole number.";
            return false;
        }

        if (!TryNumber(element, "lat", where, out var lat, out error) || !TryNumber(element, "lon", where, out var lon, out error) ||
            !TryNumber(element, "sog_kn", where, out var speed, out error) || !TryNumber(element, "cog_deg", where, out var course, out error) ||
            !TryNumber(element, "sigma_m", where, out var sigma, out error) ||
            !TryNumber(element, "class_conf", where, out var confidence, out error))
        {
            return false;
        }

        error = (lat, lon, speed, course, sigma, confidence) switch
        {
            _ when !GeoPosition.IsValidLatitude(lat) => where + ": 'lat' is out of range (-90 to 90).",
            _ when !GeoPosition.IsValidLongitude(lon) => where + ": 'lon' is out of range (-180 to 180).",
            _ when speed < 0 => where + ": 'sog_kn' cannot be negative.",
            _ when course is < 0 or >= 360 => where + ": 'cog_deg' is out of range (0 to less than 360).",
            _ when sigma < 0 => where + ": 'sigma_m' cannot be negative.",
            _ when confidence is < 0 or > 1 => where + ": 'class_conf' is out of range (0 to 1).",
            _ => null,
        };
        if (error is not null)
        {
            return false;
        }

        TrackClass? trackClass = TryText(element, "class", out var classText) ? classText switch
        {
            "unknown" => TrackClass.Unknown,
            "vessel-ais" => TrackClass.VesselWithAis,
            "small-boat" => TrackClass.SmallBoat,
            _ => null,
        } : null;
        if (trackClass is not { } cls)
        {
            error = where + ": 'class' must be unknown, vessel-ais or small-boat.";
            return false;
        }

        TrackStatus? status = TryText(element, "status", out var statusText) ? statusText switch
        {
            "tentative" => TrackStatus.Tentative,
            "confirmed" => TrackStatus.Confirmed,
            "coasting" => TrackStatus.Coasting,
            _ => null,
        } : null;
        if (status is not { } st)
        {
            error = where + ": 'status' must be tentative, confirmed or coasting.";
            return false;
        }

        if (!TryOptionalWhole(element, "mmsi", where, 1, Mmsi.MaxValue, out var mmsi, out error) ||
            !TryOptionalWhole(element, "people", where, 0, int.MaxValue, out var people, out error))
        {
            return false;
        }

        string? name = null;
        if (element.TryGetProperty("name", out var nameValue))
        {
            if (nameValue.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(nameValue.GetString()))
            {
                error = where + ": 'name', when present, must be text that is not blank.";
                return false;
            }

            name = nameValue.GetString();
        }

        track = new TrackReport(id, GeoPosition.FromDegrees(lat, lon), speed, course, sigma, cls, confidence, st, mmsi, name, people);
        error = null;
        return true;
    }

    private static bool TryNumber(JsonElement element, string name, string where, out double number, out string? error)
    {
        if (element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out number) &&
            double.IsFinite(number))
        {
            error = null;
            return true;
        }

        number = 0;
        error = where + ": '" + name + "' is missing or is not a number.";
        return false;
    }

    private static bool TryOptionalWhole(JsonElement element, string name, string where, int minimum, int maximum, out int? number,
        out string? error)
    {
        number = null;
        error = null;
        if (!element.TryGetProperty(name, out var value))
        {
            return true;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var whole) || whole < minimum || whole > maximum)
        {
            error = string.Create(CultureInfo.InvariantCulture,
                $"{where}: '{name}', when present, must be a whole number from {minimum} to {maximum}.");
            return false;
        }

        number = whole;
        return true;
    }

    private static bool TryText(JsonElement element, string name, out string text)
    {
        if (element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
        {
            text = value.GetString()!;
            return true;
        }

        text = string.Empty;
        return false;
    }
}
