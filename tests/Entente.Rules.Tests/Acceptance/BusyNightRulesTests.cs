using Entente.Rules.Alerts;
using Entente.Simulation.World;

namespace Entente.Rules.Tests.Acceptance;

/// <summary>The rules' acceptance on busy-night: every launch in coverage raises a launch alert naming its beach within
/// 5 minutes of the boat entering the water; every boundary crossing, boat adrift and landing raises its alert.</summary>
public sealed class BusyNightRulesTests
{
    private static readonly Lazy<NightAlerts> Night = new(() => NightAlerts.Run("busy-night"));

    [Fact]
    public void EveryLaunchInCoverage_RaisesALaunchAlertNamingTheBeach_WithinFiveMinutes()
    {
        var night = Night.Value;
        var output = TestContext.Current.TestOutputHelper!;
        var missed = new List<string>();
        var inCoverage = 0;
        foreach (var (boat, time, position, beach) in night.Launches())
        {
            var covered = night.InCoverage(boat, time, time + TimeSpan.FromMinutes(5));
            var alert = night.AlertsNear(AlertType.Launch, time - TimeSpan.FromMinutes(1), time + TimeSpan.FromMinutes(30), position, 6_000)
                .FirstOrDefault();
            output.WriteLine($"{boat} launched {time:HH:mm:ss} from {beach.Id}, coverage {covered}: {(alert is null ? "no alert" : $"{alert.Id} {alert.RaisedAt:HH:mm:ss} (+{(alert.RaisedAt - time).TotalMinutes:0.0} min) {alert.Zone}")}");
            if (!covered)
            {
                continue;
            }

            inCoverage++;
            if (alert is null || alert.Zone != beach.Id || alert.RaisedAt > time + TimeSpan.FromMinutes(5))
            {
                missed.Add(boat);
            }
        }

        var launches = night.Launches().ToList();
        var unmatched = new List<string>();
        foreach (var alert in night.Raised.Where(a => a.Type == AlertType.Launch))
        {
            // A launch alert is real when a boat launched within 30 min before it, from its beach or nearby (a boat
            // first seen off the next beach along).
            var real = launches.Any(l => alert.RaisedAt >= l.Time - TimeSpan.FromMinutes(1) && alert.RaisedAt <= l.Time + TimeSpan.FromMinutes(30) &&
                                         (alert.Zone == l.Beach.Id || (alert.Position is { } p && Core.Geodesy.Geodesic.DistanceMetres(p, l.Position) <= 15_000)));
            output.WriteLine($"{alert.Id} {alert.RaisedAt:HH:mm:ss} {alert.Zone} {(real ? "" : "(no launch there)")}: {alert.Message}");
            if (!real)
            {
                unmatched.Add(alert.Id);
            }
        }

        Assert.True(inCoverage >= 8, $"only {inCoverage} launches in coverage");
        Assert.Empty(missed);
        Assert.True(unmatched.Count <= 1, $"launch alerts with no launch: {string.Join(", ", unmatched)}");
    }

    [Fact]
    public void EachLaunchAlert_CarriesItsFirstDetection_AndALaunchTimeWithinMinutesOfTheTrueLaunch()
    {
        var night = Night.Value;
        var output = TestContext.Current.TestOutputHelper!;
        var errors = new List<TimeSpan>();
        foreach (var (boat, time, position, beach) in night.Launches())
        {
            if (!night.InCoverage(boat, time, time + TimeSpan.FromMinutes(5)) ||
                night.AlertsNear(AlertType.Launch, time - TimeSpan.FromMinutes(1), time + TimeSpan.FromMinutes(30), position, 6_000).FirstOrDefault() is not { } alert)
            {
                continue;
            }

            Assert.NotNull(alert.DetectedAt);
            Assert.NotNull(alert.LaunchedAt);
            Assert.True(alert.DetectedAt <= alert.RaisedAt, $"{alert.Id} detected after it was raised");
            Assert.True(alert.LaunchedAt <= alert.DetectedAt, $"{alert.Id} launched after it was first detected");
            var error = alert.LaunchedAt!.Value - time;
            errors.Add(error);
            output.WriteLine($"{boat} launched {time:HH:mm:ss}: {alert.Id} detected {alert.DetectedAt:HH:mm:ss}, launch estimated {alert.LaunchedAt:HH:mm:ss} ({error.TotalMinutes:+0.0;-0.0} min)");
        }

        Assert.True(errors.Count >= 8, $"only {errors.Count} launches in coverage with an alert");
        Assert.All(errors, e => Assert.InRange(e, TimeSpan.FromMinutes(-5), TimeSpan.FromMinutes(5)));
        // Raised alerts that are not launches carry no launch time.
        Assert.All(night.Raised.Where(a => a.Type != AlertType.Launch), a => Assert.Null(a.LaunchedAt));
    }

    [Fact]
    public void EveryBoundaryCrossingAdriftAndLanding_RaisesItsAlert()
    {
        var night = Night.Value;
        var output = TestContext.Current.TestOutputHelper!;
        var missed = new List<string>();
        foreach (var (boat, time, position, into) in night.Crossings())
        {
            var covered = night.InCoverage(boat, time - TimeSpan.FromMinutes(2), time + TimeSpan.FromMinutes(3));
            var alert = night.AlertsNear(AlertType.BoundaryCrossing, time - TimeSpan.FromMinutes(2), time + TimeSpan.FromMinutes(10), position, 3_000).FirstOrDefault();
            output.WriteLine($"{boat} crossed into {into} at {time:HH:mm:ss}, coverage {covered}: {alert?.Id ?? "no alert"} {alert?.RaisedAt:HH:mm:ss}");
            if (covered && alert is null)
            {
                missed.Add($"{boat} crossing at {time:HH:mm}");
            }
        }

        foreach (var adrift in night.FirstIn(ObjectState.Drifting))
        {
            var alert = night.AlertsNear(AlertType.StoppedAtSea, adrift.Time, adrift.Time + TimeSpan.FromMinutes(15), adrift.Position, 4_000).FirstOrDefault();
            output.WriteLine($"{adrift.Id} adrift at {adrift.Time:HH:mm:ss}: {alert?.Id ?? "no alert"} {alert?.RaisedAt:HH:mm:ss}");
            if (alert is null)
            {
                missed.Add($"{adrift.Id} adrift at {adrift.Time:HH:mm}");
            }
        }

        foreach (var landed in night.FirstIn(ObjectState.Landed))
        {
            var alert = night.AlertsNear(AlertType.Landing, landed.Time - TimeSpan.FromMinutes(15), landed.Time + TimeSpan.FromMinutes(10), landed.Position, 5_000).FirstOrDefault();
            output.WriteLine($"{landed.Id} landed at {landed.Time:HH:mm:ss}: {alert?.Id ?? "no alert"} {alert?.RaisedAt:HH:mm:ss}");
            if (alert is null)
            {
                missed.Add($"{landed.Id} landed at {landed.Time:HH:mm}");
            }
        }

        // The taxi boat leaves the Aa at Gravelines and picks people up off Oye-Plage.
        var taxi = night.Raised.Where(a => a.Type == AlertType.TaxiBoat).ToList();
        output.WriteLine("taxi: " + string.Join("; ", taxi.Select(a => $"{a.RaisedAt:HH:mm} {a.Zone}")));
        if (!taxi.Any(a => a.Zone == "beach-oye-plage"))
        {
            missed.Add("the taxi boat's pick-up off Oye-Plage");
        }

        foreach (var group in night.Raised.GroupBy(a => a.Type))
        {
            output.WriteLine($"{AlertTypes.ToName(group.Key)}: {group.Count()}");
        }

        Assert.Empty(missed);
    }
}
