using System.Globalization;
using System.Text.Json;
using Entente.Core.Detections;
using Entente.Core.Json;
using Entente.Core.Positions;
using Entente.Incidents.Outcomes;

namespace Entente.Incidents.Output;

/// <summary>
/// Reads and writes outcome reports as one JSON object per line, outcomes.jsonl (docs/formats/outcomes.md). Writing is
/// deterministic: fixed field order and fixed rounding, so the same reports give the same bytes. Optional fields are left
/// out when unknown, never written as null.
/// </summary>
public static class OutcomeReportJson
{
    /// <summary>Writes one report as a JSON object (without the line end).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="report">The report.</param>
    public static void Write(Utf8JsonWriter writer, OutcomeReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        writer.WriteStartObject();
        writer.WriteString("time", DetectionRecordJson.FormatTime(report.Time));
        writer.WriteString("outcome", BoatOutcomes.ToName(report.Outcome));
        writer.WriteString("id", report.Id);
        writer.WriteString("reporter", report.Reporter);
        if (report.People is { } people)
        {
            writer.WriteNumber("people", people);
        }

        if (report.Position is { } position)
        {
            writer.WriteNumber("lat", Math.Round(position.LatitudeDegrees, 6));
            writer.WriteNumber("lon", Math.Round(position.LongitudeDegrees, 6));
        }

        if (report.Zone is { } zone)
        {
            writer.WriteString("zone", zone);
        }

        if (report.Track is { } track)
        {
            writer.WriteNumber("track", track);
        }

        if (report.Incident is { } incident)
        {
            writer.WriteString("incident", incident);
        }

        writer.WriteString("message", report.Message);
        writer.WriteEndObject();
    }

    /// <summary>Writes one report as its line of text (without the line end).</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON object.</returns>
    public static string Write(OutcomeReport report) => JsonLine.Write(report, Write);

    /// <summary>Parses one line.</summary>
    /// <param name="line">The UTF-8 line, without its line end.</param>
    /// <param name="report">The report, when valid.</param>
    /// <param name="error">Why the line was rejected, in one sentence, when not valid.</param>
    /// <returns>True when the line is a valid outcome report.</returns>
    public static bool TryParse(ReadOnlySpan<byte> line, out OutcomeReport? report, out string? error) =>
        JsonLine.TryParse(line, TryRead, out report, out error);

    /// <summary>The number of a report id, e.g. 7 for "OUT-00007".</summary>
    /// <param name="id">The id.</param>
    /// <param name="number">The number, when the id is one.</param>
    /// <returns>True when the id is "OUT-" and a positive number.</returns>
    public static bool TryParseId(string? id, out long number)
    {
        number = 0;
        return id is not null && id.StartsWith("OUT-", StringComparison.Ordinal) && id.Length >= 9 &&
            long.TryParse(id.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= 1;
    }

    private static bool TryRead(JsonElement root, out OutcomeReport? report, out string? error)
    {
        report = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            error = "An outcome report must be a JSON object.";
            return false;
        }

        if (!JsonFields.TryText(root, "time", out var timeText) || !DateTimeOffset.TryParse(timeText, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            error = "'time' is missing or is not an ISO 8601 time.";
            return false;
        }

        if (!JsonFields.TryText(root, "outcome", out var outcomeText) || BoatOutcomes.Parse(outcomeText) is not { } outcome)
        {
            error = "'outcome' must be prevented, intercepted, rescued or landed.";
            return false;
        }

        if (!JsonFields.TryText(root, "id", out var id) || !TryParseId(id, out var number))
        {
            error = "'id' must be like OUT-00001.";
            return false;
        }

        if (!JsonFields.TryText(root, "reporter", out var reporter) || string.IsNullOrWhiteSpace(reporter))
        {
            error = "'reporter' is missing.";
            return false;
        }

        if (!JsonFields.TryText(root, "message", out var message))
        {
            error = "'message' must be text.";
            return false;
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

        long? track = null;
        if (root.TryGetProperty("track", out var trackValue))
        {
            if (trackValue.ValueKind != JsonValueKind.Number || !trackValue.TryGetInt64(out var value) || value < 0)
            {
                error = "'track' must be a whole number, not negative.";
                return false;
            }

            track = value;
        }

        if (!JsonFields.TryOptionalText(root, "zone", out var zone) || !JsonFields.TryOptionalText(root, "incident", out var incident))
        {
            error = "'zone' and 'incident', when present, must be text that is not blank.";
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

        report = new OutcomeReport(number, time, outcome, reporter)
        {
            People = people,
            Position = position,
            Zone = zone,
            Track = track,
            Incident = incident,
            Message = message,
        };
        error = null;
        return true;
    }
}
