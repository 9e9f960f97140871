using System.Text;
using Entente.Core.Positions;
using Entente.Rules.Alerts;
using Entente.Rules.Output;

namespace Entente.Rules.Tests.Output;

/// <summary>alerts.jsonl: a launch alert's first detection and estimated launch, written after the incident and read back.</summary>
public sealed class AlertTimingJsonTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 19, 2, 30, 250, TimeSpan.Zero);

    [Fact]
    public void ALaunchAlertsTimes_AreWrittenAfterPeople_KeptOnEveryChange_AndReadBack()
    {
        var book = new AlertBook();
        var raised = book.Raise(new AlertCandidate(AlertType.Launch, AlertSeverity.Warning, T0, "launch/track-17", GeoPosition.FromDegrees(50.87, 1.58), 17,
            "beach-wissant", "Launch from Wissant beach.")
        {
            People = 40,
            DetectedAt = T0 - TimeSpan.FromSeconds(90),
            LaunchedAt = T0 - TimeSpan.FromMinutes(4),
        })!;
        var line = AlertChangeJson.Write(raised);
        Assert.Contains("\"people\":40,\"detected\":\"2026-11-21T19:01:00.250Z\",\"launched\":\"2026-11-21T18:58:30.250Z\",\"actor\"", line, StringComparison.Ordinal);
        Assert.True(AlertChangeJson.TryParse(Encoding.UTF8.GetBytes(line), out var record, out var error), error);
        Assert.Equal(T0 - TimeSpan.FromSeconds(90), record!.DetectedAt);
        Assert.Equal(T0 - TimeSpan.FromMinutes(4), record.LaunchedAt);

        var acknowledged = book.Acknowledge(1, "ana (uk-hmcg)", T0 + TimeSpan.FromMinutes(2));
        Assert.Equal(T0 - TimeSpan.FromMinutes(4), AlertChangeRecord.From(acknowledged).LaunchedAt);
        var restored = AlertBook.Restored(1, new AlertCandidate(record.Type, record.Severity, record.Time, "restored", record.Position, record.Track,
            record.Zone, record.Message) { DetectedAt = record.DetectedAt, LaunchedAt = record.LaunchedAt }, []);
        Assert.Equal(record.LaunchedAt, restored.LaunchedAt);
    }

    [Fact]
    public void AnAlertWithoutTimes_LeavesThemOut()
    {
        var change = new AlertBook().Raise(new AlertCandidate(AlertType.AisGap, AlertSeverity.Info, T0, "gap/1", null, 3, null, "AIS gap."))!;
        var line = AlertChangeJson.Write(change);
        Assert.DoesNotContain("detected", line, StringComparison.Ordinal);
        Assert.DoesNotContain("launched", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"detected\":\"yesterday\"")]
    [InlineData("\"launched\":42")]
    public void ABadTime_IsRejected(string field)
    {
        var line = "{\"time\":\"2026-11-21T19:02:30.250Z\",\"event\":\"raised\",\"alert\":\"ALR-00001\",\"type\":\"launch\",\"severity\":\"warning\",\"status\":\"raised\","
            + field + ",\"actor\":\"entente\",\"reason\":\"r\",\"message\":\"m\"}";
        Assert.False(AlertChangeJson.TryParse(Encoding.UTF8.GetBytes(line), out _, out var error));
        Assert.Contains("'detected' and 'launched'", error, StringComparison.Ordinal);
    }
}
