using Entente.Core.Positions;
using Entente.Rules.Alerts;

namespace Entente.Rules.Tests.Alerts;

public sealed class AlertBookTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 22, 0, 0, TimeSpan.Zero);

    private static AlertCandidate Launch(DateTimeOffset time, string key = "launch/track-1", AlertSeverity severity = AlertSeverity.Warning) =>
        new(AlertType.Launch, severity, time, key, GeoPosition.FromDegrees(50.9, 1.7), 1, "beach-wissant", "Launch from Wissant beach.");

    [Fact]
    public void TheSameSituation_RaisesOneAlert_AndRepeatsAreCounted()
    {
        var book = new AlertBook();
        var raised = book.Raise(Launch(T0));
        Assert.NotNull(raised);
        Assert.Equal(AlertChangeKind.Raised, raised.Kind);
        Assert.Null(book.Raise(Launch(T0.AddSeconds(10))));
        Assert.Null(book.Raise(Launch(T0.AddSeconds(20))));
        var alert = Assert.Single(book.Alerts);
        Assert.Equal(3, alert.Occurrences);
        Assert.Equal(T0.AddSeconds(20), alert.LastSeen);
        Assert.Equal("ALR-00001", alert.Id);
        Assert.NotNull(book.Raise(Launch(T0, "launch/track-2")));
    }

    [Fact]
    public void Lifecycle_RecordsWhoAndWhen_AndRefusesOutOfOrderSteps()
    {
        var book = new AlertBook();
        var number = book.Raise(Launch(T0))!.Alert.Number;
        Assert.Throws<ArgumentException>(() => book.Resolve(number, "dover-swo", T0, " "));
        var ack = book.Acknowledge(number, "dover-swo", T0.AddMinutes(2));
        Assert.Equal(AlertStatus.Acknowledged, ack.Alert.Status);
        Assert.Equal("dover-swo", ack.Alert.AcknowledgedBy);
        Assert.Equal(T0.AddMinutes(2), ack.Alert.AcknowledgedAt);
        Assert.Throws<InvalidOperationException>(() => book.Acknowledge(number, "someone", T0.AddMinutes(3)));
        var resolved = book.Resolve(number, "gris-nez-cmc", T0.AddMinutes(30), "Boat intercepted by Border Force.");
        Assert.Equal(AlertStatus.Resolved, resolved.Alert.Status);
        Assert.Equal("Boat intercepted by Border Force.", resolved.Alert.Resolution);
        Assert.Throws<InvalidOperationException>(() => book.Resolve(number, "x", T0.AddMinutes(31), "again"));
        Assert.Throws<KeyNotFoundException>(() => book.Acknowledge(99, "x", T0));

        // Resolved: the same situation again is a new alert.
        Assert.NotNull(book.Raise(Launch(T0.AddMinutes(40))));
    }

    [Fact]
    public void AnUnacknowledgedAlert_EscalatesOneStepPerPeriod_UntilAcknowledged()
    {
        var book = new AlertBook(new AlertBookOptions { AcknowledgeWarningWithin = TimeSpan.FromMinutes(10), AcknowledgeUrgentWithin = TimeSpan.FromMinutes(3) });
        var number = book.Raise(Launch(T0))!.Alert.Number;
        Assert.Empty(book.Tick(T0.AddMinutes(9)));
        var first = Assert.Single(book.Tick(T0.AddMinutes(10)));
        Assert.Equal(AlertChangeKind.Escalated, first.Kind);
        Assert.Equal(AlertSeverity.Urgent, first.Alert.Severity);
        Assert.Empty(book.Tick(T0.AddMinutes(12)));
        var second = Assert.Single(book.Tick(T0.AddMinutes(13)));
        Assert.Equal(AlertSeverity.Distress, second.Alert.Severity);
        Assert.Equal(2, second.Alert.Escalations);
        Assert.Empty(book.Tick(T0.AddMinutes(30)));
        Assert.Equal(2, book.Find(number)!.Escalations);
        book.Acknowledge(number, "dover-swo", T0.AddMinutes(34));
        Assert.Empty(book.Tick(T0.AddHours(2)));
    }

    [Fact]
    public void InfoNeverEscalates_AndNumbersCanStartAfterStoredOnes()
    {
        var book = new AlertBook(firstNumber: 41);
        var info = book.Raise(Launch(T0, severity: AlertSeverity.Info))!;
        Assert.Equal("ALR-00041", info.Alert.Id);
        Assert.Empty(book.Tick(T0.AddDays(1)));
        Assert.Same(book.Find(41), book.Alerts[0]);
        Assert.Null(book.Find(1));
    }

    [Fact]
    public void RestoredAlerts_KeepTheirNumbersAndState_AndCanStillBeActedOn()
    {
        var acknowledged = AlertBook.Restored(3, Launch(T0), [(AlertChangeKind.Acknowledged, T0.AddMinutes(2), "dover-swo (uk-hmcg)", "Acknowledged.", AlertSeverity.Warning, null)]);
        var escalated = AlertBook.Restored(5, Launch(T0, "k5", AlertSeverity.Urgent),
        [
            (AlertChangeKind.Escalated, T0.AddMinutes(3), "entente", "Not acknowledged.", AlertSeverity.Distress, null),
            (AlertChangeKind.Linked, T0.AddMinutes(3), "entente", "Linked.", AlertSeverity.Distress, "INC-00002"),
        ]);
        Assert.Equal(AlertStatus.Acknowledged, acknowledged.Status);
        Assert.Equal("dover-swo (uk-hmcg)", acknowledged.AcknowledgedBy);
        Assert.Equal(AlertSeverity.Distress, escalated.Severity);
        Assert.Equal(1, escalated.Escalations);
        Assert.Equal("INC-00002", escalated.IncidentId);

        var book = new AlertBook(firstNumber: 6);
        book.Restore([acknowledged, escalated]);
        Assert.Equal("ALR-00006", book.Raise(Launch(T0.AddMinutes(10)))!.Alert.Id);
        Assert.Same(escalated, book.Find(5));

        // Still escalating after the restart, up to the limit it had not reached.
        var again = Assert.Single(book.Tick(T0.AddMinutes(4)));
        Assert.Equal(5, again.Alert.Number);
        Assert.Equal(2, again.Alert.Escalations);
        Assert.DoesNotContain(book.Tick(T0.AddHours(1)), c => c.Alert.Number == 5);
        Assert.Equal(AlertChangeKind.Acknowledged, book.Acknowledge(5, "gris-nez-cmc (fr-cross-gris-nez)", T0.AddHours(1)).Kind);
        Assert.Equal(AlertChangeKind.Resolved, book.Resolve(3, "dover-swo (uk-hmcg)", T0.AddHours(1), "Boat landed at Dover.").Kind);
        Assert.Throws<ArgumentException>(() => book.Restore([AlertBook.Restored(9, Launch(T0, "k9"), [])]));
        Assert.Throws<ArgumentException>(() => book.Restore([AlertBook.Restored(5, Launch(T0, "k5b"), [])]));
    }
}
