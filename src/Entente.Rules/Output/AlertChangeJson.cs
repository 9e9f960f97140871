using System.Globalization;
using System.Text.Json;
using Entente.Core.Detections;
using Entente.Core.Json;
using Entente.Core.Positions;
using Entente.Rules.Alerts;

namespace Entente.Rules.Output;

/// <summary>
/// Reads and writes alert changes as one JSON object per line, alerts.jsonl (docs/formats/alerts.md). Writing is
/// deterministic: fixed field order and fixed rounding, so the same changes give the same bytes. Optional fields are left
/// out when unknown, never written as null.
/// </summary>
public static class AlertChangeJson
{
    /// <summary>Writes one change as a JSON object (without the line end).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="change">The change.</param>
    public static void Write(Utf8JsonWriter writer, AlertChange change) => Write(writer, AlertChangeRecord.From(change));

    /// <summary>Writes one line's record as a JSON object (without the line end).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="record">The record.</param>
    public static void Write(Utf8JsonWriter writer, AlertChangeRecord record)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);
        writer.WriteStartObject();
        writer.WriteString("time", DetectionRecordJson.FormatTime(record.Time));
        writer.WriteString("event", EventName(record.Event));
        writer.WriteString("alert", record.Alert);
        writer.WriteString("type", AlertTypes.ToName(record.Type));
        writer.WriteString("severity", AlertTypes.ToName(record.Severity));
        writer.WriteString("status", StatusName(record.Status));
        if (record.Track is { } track)
        {
            writer.WriteNumber("track", track);
        }

        if (record.Zone is { } zone)
        {
            writer.WriteString("zone", zone);
        }

        if (record.Position is { } position)
        {
            writer.WriteNumber("lat", Math.Round(position.LatitudeDegrees, 6));
            writer.WriteNumber("lon", Math.Round(position.LongitudeDegrees, 6));
        }

        if (record.People is { } people)
        {
            writer.WriteNumber("people", people);
        }

        if (record.Incident is { } incident)
        {
            writer.WriteString("incident", incident);
        }

        if (record.DetectedAt is { } detected)
        {
            writer.WriteString("detected", DetectionRecordJson.FormatTime(detected));
        }

        if (record.LaunchedAt is { } launched)
        {
            writer.WriteString("launched", DetectionRecordJson.FormatTime(launched));
        }

        writer.WriteString("actor", record.Actor);
        writer.WriteString("reason", record.Reason);
        writer.WriteString("message", record.Message);
        writer.WriteEndObject();
    }

    /// <summary>Writes one change as its line of text (without the line end).</summary>
    /// <param name="change">The change.</param>
    /// <returns>The JSON object.</returns>
    public static string Write(AlertChange change) => JsonLine.Write(change, Write);

    /// <summary>Parses one line.</summary>
    /// <param name="line">The UTF-8 line, without its line end.</param>
    /// <param name="record">The record, when valid.</param>
    /// <param name="error">Why the line was rejected, in one sentence, when not valid.</param>
    /// <returns>True when the line is a valid alert change.</returns>
    public static bool TryParse(ReadOnlySpan<byte> line, out AlertChangeRecord? record, out string? error) =>
        JsonLine.TryParse(line, TryRead, out record, out error);

    /// <summary>The format's name for a change: raised, acknowledged, escalated, resolved or linked.</summary>
    /// <param name="kind">The kind of change.</param>
    /// <returns>The name.</returns>
    public static string EventName(AlertChangeKind kind) => kind switch
    {
        AlertChangeKind.Raised => "raised",
        AlertChangeKind.Acknowledged => "acknowledged",
        AlertChangeKind.Escalated => "escalated",
        AlertChangeKind.Resolved => "resolved",
        AlertChangeKind.Linked => "linked",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown alert change."),
    };

    /// <summary>The format's name for a status: raised, acknowledged or resolved.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The name.</returns>
    public static string StatusName(AlertStatus status) => status switch
    {
        AlertStatus.Raised => "raised",
        AlertStatus.Acknowledged => "acknowledged",
        AlertStatus.Resolved => "resolved",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown alert status."),
    };

    private static bool TryRead(JsonElement root, out AlertChangeRecord? record, out string? error)
    {
        record = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            error = "An alert change must be a JSON object.";
            return false;
        }

        if (!JsonFields.TryText(root, "time", out var timeText) || !DateTimeOffset.TryParse(timeText, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            error = "'time' is missing or is not an ISO 8601 time.";
            return false;
        }

        if (!TryName(root, "event", ParseEvent, out var kind))
        {
            error = "'event' must be raised, acknowledged, escalated, resolved or linked.";
            return false;
        }

        if (!JsonFields.TryText(root, "alert", out var alert) || string.IsNullOrWhiteSpace(alert))
        {
            error = "'alert' is missing.";
            return false;
        }

        if (!TryName(root, "type", AlertTypes.Parse, out var type))
        {
            error = "'type' is missing or is not an alert type.";
            return false;
        }

        if (!TryName(root, "severity", ParseSeverity, out var severity))
        {
            error = "'severity' must be info, warning, urgent or distress.";
            return false;
        }

        if (!TryName(root, "status", ParseStatus, out var status))
        {
            error = "'status' must be raised, acknowledged or resolved.";
            return false;
        }

        if (!JsonFields.TryText(root, "actor", out var actor) || string.IsNullOrWhiteSpace(actor))
        {
            error = "'actor' is missing.";
            return false;
        }

        if (!JsonFields.TryText(root, "reason", out var reason) || !JsonFields.TryText(root, "message", out var message))
        {
            error = "'reason' and 'message' must be text.";
            return false;
        }

        long? track = null;
        if (root.TryGetProperty("track", out var trackValue))
        {
            if (trackValue.ValueKind != JsonValueKind.Number || !trackValue.TryGetInt64(out var number) || number < 0)
            {
                error = "'track' must be a whole number, not negative.";
                return false;
            }

            track = number;
        }

        int? people = null;
        if (root.TryGetProperty("people", out var peopleValue))
        {
            if (peopleValue.ValueKind != JsonValueKind.Number || !peopleValue.TryGetInt32(out var count) || count < 0)
            {
                error = "'people' must be a whole number, not negative.";
                return false;
            }

            people = count;
        }

        if (!JsonFields.TryOptionalText(root, "zone", out var zone) || !JsonFields.TryOptionalText(root, "incident", out var incident))
        {
            error = "'zone' and 'incident', when present, must be text that is not blank.";
            return false;
        }

        if (!TryOptionalTime(root, "detected", out var detected) || !TryOptionalTime(root, "launched", out var launched))
        {
            error = "'detected' and 'launched', when present, must be ISO 8601 times.";
            return false;
        }

        GeoPosition? position = null;
        var hasLat = root.TryGetProperty("lat", out var latValue);
        var hasLon = root.TryGetProperty("lon", out var lonValue);
        if (hasLat || hasLon)
        {
            if (!hasLat || !hasLon || latValue.ValueKind != JsonValueKind.Number || lonValue.ValueKind != JsonValueKind.Number ||
                !GeoPosition.TryFromDegrees(latValue.GetDouble(), lonValue.GetDouble(), out var at))
            {
                error = "'lat' and 'lon' must come together, as WGS84 degrees in range.";
                return false;
            }

            position = at;
        }

        record = new AlertChangeRecord(time, kind, alert, type, severity, status, actor, reason, message)
        {
            Track = track,
            Zone = zone,
            Position = position,
            People = people,
            Incident = incident,
            DetectedAt = detected,
            LaunchedAt = launched,
        };
        error = null;
        return true;
    }

    private static bool TryOptionalTime(JsonElement root, string name, out DateTimeOffset? time)
    {
        time = null;
        if (!root.TryGetProperty(name, out _))
        {
            return true;
        }

        if (!JsonFields.TryText(root, name, out var text) || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return false;
        }

        time = parsed;
        return true;
    }

    private static bool TryName<T>(JsonElement root, string name, Func<string, T?> parse, out T value)
        where T : struct
    {
        if (JsonFields.TryText(root, name, out var text) && parse(text) is { } parsed)
        {
            value = parsed;
            return true;
        }

        value = default;
        return false;
    }

    private static AlertChangeKind? ParseEvent(string name) => name switch
    {
        "raised" => AlertChangeKind.Raised,
        "acknowledged" => AlertChangeKind.Acknowledged,
        "escalated" => AlertChangeKind.Escalated,
        "resolved" => AlertChangeKind.Resolved,
        "linked" => AlertChangeKind.Linked,
        _ => null,
    };

    private static AlertSeverity? ParseSeverity(string name) => name switch
    {
        "info" => AlertSeverity.Info,
        "warning" => AlertSeverity.Warning,
        "urgent" => AlertSeverity.Urgent,
        "distress" => AlertSeverity.Distress,
        _ => null,
    };

    private static AlertStatus? ParseStatus(string name) => name switch
    {
        "raised" => AlertStatus.Raised,
        "acknowledged" => AlertStatus.Acknowledged,
        "resolved" => AlertStatus.Resolved,
        _ => null,
    };
}
