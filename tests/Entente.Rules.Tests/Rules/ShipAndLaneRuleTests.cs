using Entente.Core.Positions;
using Entente.Geo.Geography;
using Entente.Rules.Alerts;
using Entente.Rules.Rules;
using Entente.Rules.Situation;
using Entente.Tracking.Output;
using Entente.Tracking.Tracks;

namespace Entente.Rules.Tests.Rules;

public sealed class ShipAndLaneRuleTests
{
    private static readonly Lazy<ChannelGeography> Geography = new(ChannelGeography.LoadDefault);
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 22, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AisGap_IsRaisedForAShipRadarStillHolds_AfterTenMinutesOfSilence_Once()
    {
        var rule = new AisGapRule();
        var context = new SituationContext(Geography.Value);
        var found = new List<AlertCandidate>();
        TrackReport Ship(TrackStatus status) => new(7, GeoPosition.FromDegrees(51.0, 1.4), 14, 225, 30, TrackClass.VesselWithAis, 1, status,
            235000001, "NORDIC STAR") { LastAisUpdate = T0 };

        foreach (var minutes in new[] { 5, 9.9 })
        {
            rule.Evaluate(new SituationFrame(T0.AddMinutes(minutes), [Ship(TrackStatus.Confirmed)], []), context, found);
        }

        Assert.Empty(found);
        rule.Evaluate(new SituationFrame(T0.AddMinutes(10), [Ship(TrackStatus.Coasting)], []), context, found);
        Assert.Empty(found);
        rule.Evaluate(new SituationFrame(T0.AddMinutes(10), [Ship(TrackStatus.Confirmed)], []), context, found);
        rule.Evaluate(new SituationFrame(T0.AddMinutes(11), [Ship(TrackStatus.Confirmed)], []), context, found);
        Assert.Equal(2, found.Count);
        Assert.Single(found.Select(f => f.Key).Distinct());
        Assert.Contains("NORDIC STAR (MMSI 235000001)", found[0].Message, StringComparison.Ordinal);
        Assert.Equal(AlertType.AisGap, found[0].Type);
    }

    [Fact]
    public void TssEntry_IsRaisedWhenASmallBoatEntersALane_NotForItsFirstFrameThere()
    {
        var rule = new TssEntryRule();
        var context = new SituationContext(Geography.Value);
        var found = new List<AlertCandidate>();
        // North-west from the French coast across the north-east lane (mid-Strait, roughly 50.95–51.02°N at 1.55°E).
        for (var i = 0; i <= 30; i++)
        {
            var at = GeoPosition.FromDegrees(50.90 + (i * 0.006), 1.62 - (i * 0.006));
            var frame = new SituationFrame(T0.AddMinutes(i), [new TrackReport(3, at, 6, 315, 40, TrackClass.SmallBoat, 0.9, TrackStatus.Confirmed)], []);
            context.Observe(frame);
            rule.Evaluate(frame, context, found);
        }

        var entries = found.Select(f => f.Zone).Distinct().ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, lane => Assert.StartsWith("tss-lane-", lane, StringComparison.Ordinal));
        Assert.All(found, f => Assert.Equal(AlertType.TssEntry, f.Type));
    }
}
