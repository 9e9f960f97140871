using System.Text;
using System.Text.Json;
using Entente.Core.Positions;
using Entente.Rules.Alerts;
using Entente.Rules.Output;

namespace Entente.Rules.Tests.Output;

/// <summary>alerts.jsonl: field order, rounding, optional fields left out, every change of the lifecycle, and lines read
/// back as they were written.</summary>
public sealed class AlertChangeJsonTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 19, 2, 30, 250, TimeSpan.Zero);

    private static AlertCandidate Launch() =>
        new(AlertType.Launch, AlertSeverity.Warning, T0, "launch/track-17", GeoPosition.FromDegrees(50.87123456789, 1.58123449), 17,
            "beach-wissant", "Launch from Wissant beach: track 17 (5.8 kn, 312°).") { People = 40 };

    private static string[] FieldNames(string line)
    {
        using var json = JsonDocument.Parse(line);
        return [.. json.RootElement.EnumerateObject().Select(p => p.Name)];
    }

    [Fact]
    public void Write_Raised_FixedFieldOrderAndRounding()
    {
        var change = new AlertBook().Raise(Launch())!;

        var line = AlertChangeJson.Write(change);

        Assert.Equal(
            """{"time":"2026-11-21T19:02:30.250Z","event":"raised","alert":"ALR-00001","type":"launch","severity":"warning","status":"raised","track":17,"zone":"beach-wissant","lat":50.871235,"lon":1.581234,"people":40,"actor":"entente","reason":"Launch from Wissant beach: track 17 (5.8 kn, 312\u00B0).","message":"Launch from Wissant beach: track 17 (5.8 kn, 312\u00B0)."}""",
            line);
    }

    [Fact]
    public void Write_WithoutOptionalFields_LeavesThemOut_NeverNull()
    {
        var candidate = new AlertCandidate(AlertType.DistressReport, AlertSeverity.Distress, T0, "distress/caller-3", null, null, null,
            "Distress call with no position.");
        var change = new AlertBook().Raise(candidate)!;

        var line = AlertChangeJson.Write(change);

        Assert.Equal(["time", "event", "alert", "type", "severity", "status", "actor", "reason", "message"], FieldNames(line));
        Assert.DoesNotContain("null", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EveryChangeOfTheLifecycle_NamesEventStatusAndIncident()
    {
        var book = new AlertBook();
        var raised = book.Raise(Launch())!;
        var escalated = Assert.Single(book.Tick(T0 + TimeSpan.FromMinutes(15)));
        var acknowledged = book.Acknowledge(1, "cg-dover-wo1", T0 + TimeSpan.FromMinutes(16));
        var linked = book.Link(1, "INC-00007", "cg-dover-wo1", T0 + TimeSpan.FromMinutes(17));
        var resolved = book.Resolve(1, "cg-dover-wo1", T0 + TimeSpan.FromMinutes(40), "Boat met by Border Force.");

        var lines = new[] { raised, escalated, acknowledged, linked, resolved }.Select(AlertChangeJson.Write).ToList();
        var parsed = lines.Select(l =>
        {
            Assert.True(AlertChangeJson.TryParse(Encoding.UTF8.GetBytes(l), out var record, out var error), error);
            return record!;
        }).ToList();

        Assert.Equal(["raised", "escalated", "acknowledged", "linked", "resolved"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("event").GetString()));
        Assert.Equal([AlertStatus.Raised, AlertStatus.Raised, AlertStatus.Acknowledged, AlertStatus.Acknowledged, AlertStatus.Resolved], parsed.Select(r => r.Status));
        Assert.Equal([AlertSeverity.Warning, AlertSeverity.Urgent, AlertSeverity.Urgent, AlertSeverity.Urgent, AlertSeverity.Urgent], parsed.Select(r => r.Severity));
        Assert.Equal([null, null, null, "INC-00007", "INC-00007"], parsed.Select(r => r.Incident));
        Assert.Equal(["entente", "entente", "cg-dover-wo1", "cg-dover-wo1", "cg-dover-wo1"], parsed.Select(r => r.Actor));
        Assert.Equal("Boat met by Border Force.", parsed[^1].Reason);
        Assert.Equal("Not acknowledged within 15 min; now urgent.", parsed[1].Reason);
        Assert.All(parsed, r => Assert.Equal("Launch from Wissant beach: track 17 (5.8 kn, 312°).", r.Message));
        Assert.Equal(["time", "event", "alert", "type", "severity", "status", "track", "zone", "lat", "lon", "people", "incident", "actor", "reason", "message"],
            FieldNames(lines[3]));
    }

    [Fact]
    public void TryParse_ReadsBackWhatWasWritten_AndWritesTheSameBytes()
    {
        var change = new AlertBook().Raise(Launch())!;
        var line = AlertChangeJson.Write(change);

        Assert.True(AlertChangeJson.TryParse(Encoding.UTF8.GetBytes(line), out var record, out var error), error);

        var expected = AlertChangeRecord.From(change) with { Position = GeoPosition.FromDegrees(50.871235, 1.581234) };
        Assert.Equal(expected, record);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            AlertChangeJson.Write(writer, record!);
        }

        Assert.Equal(line, Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Theory]
    [InlineData("[1]", "must be a JSON object")]
    [InlineData("{", "Not a JSON object")]
    [InlineData("""{"event":"raised","alert":"ALR-00001","type":"launch","severity":"warning","status":"raised","actor":"entente","reason":"r","message":"m"}""", "'time'")]
    [InlineData("""{"time":"2026-11-21T19:02:30.250Z","event":"opened","alert":"ALR-00001","type":"launch","severity":"warning","status":"raised","actor":"entente","reason":"r","message":"m"}""", "'event'")]
    [InlineData("""{"time":"2026-11-21T19:02:30.250Z","event":"raised","alert":"ALR-00001","type":"wreck","severity":"warning","status":"raised","actor":"entente","reason":"r","message":"m"}""", "'type'")]
    [InlineData("""{"time":"2026-11-21T19:02:30.250Z","event":"raised","alert":"ALR-00001","type":"launch","severity":"warning","status":"raised","track":null,"actor":"entente","reason":"r","message":"m"}""", "'track'")]
    [InlineData("""{"time":"2026-11-21T19:02:30.250Z","event":"raised","alert":"ALR-00001","type":"launch","severity":"warning","status":"raised","zone":null,"actor":"entente","reason":"r","message":"m"}""", "'zone'")]
    [InlineData("""{"time":"2026-11-21T19:02:30.250Z","event":"raised","alert":"ALR-00001","type":"launch","severity":"warning","status":"raised","lat":50.9,"actor":"entente","reason":"r","message":"m"}""", "'lat' and 'lon'")]
    [InlineData("""{"time":"2026-11-21T19:02:30.250Z","event":"raised","alert":"ALR-00001","type":"launch","severity":"warning","status":"raised","people":-1,"actor":"entente","reason":"r","message":"m"}""", "'people'")]
    [InlineData("""{"time":"2026-11-21T19:02:30.250Z","event":"raised","alert":"ALR-00001","type":"launch","severity":"grave","status":"raised","actor":"entente","reason":"r","message":"m"}""", "'severity'")]
    public void TryParse_BadLine_IsRejectedWithOneSentence(string line, string expected)
    {
        Assert.False(AlertChangeJson.TryParse(Encoding.UTF8.GetBytes(line), out var record, out var error));
        Assert.Null(record);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
