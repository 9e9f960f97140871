using Entente.Rules.Alerts;

namespace Entente.Rules.Tests.Acceptance;

/// <summary>On quiet-night (traffic only, no crossings) no launch alert is raised, nor any other small-boat alert.</summary>
public sealed class QuietNightRulesTests
{
    [Fact]
    public void NoLaunchAlert_NorAnySmallBoatAlert()
    {
        var night = NightAlerts.Run("quiet-night");
        foreach (var alert in night.Raised)
        {
            TestContext.Current.TestOutputHelper!.WriteLine($"{alert.Id} {alert.RaisedAt:HH:mm:ss} {AlertTypes.ToName(alert.Type)}: {alert.Message}");
        }

        Assert.DoesNotContain(night.Raised, a => a.Type == AlertType.Launch);
        Assert.DoesNotContain(night.Raised, a => a.Type is AlertType.TaxiBoat or AlertType.StoppedAtSea or AlertType.BoundaryCrossing or AlertType.Landing);
    }
}
