using Entente.Core.Detections;
using Entente.Tracking.Detections;
using Entente.Tracking.Pipeline;
using Entente.Tracking.Trackers;
using Entente.Tracking.Tracks;

namespace Entente.Tracking.Tests.Fusion;

public sealed class AisIdentityFusionTests
{
    private const int ShipMmsi = 235_000_001;

    // A ship at 8 m/s eastward along y = 0 seen by radar every 3 s and by AIS every 6 s; a small boat at 2 m/s
    // northward crossing just behind it, radar only. Returns the ship's and the boat's positions at a step.
    private static ((double X, double Y) Ship, (double X, double Y) Boat) At(int k) => ((-3_000 + (8.0 * 3 * k), 0), (0, -1_500 + (2.0 * 3 * k)));

    private static MultiTargetTracker Run(int steps, Func<int, IEnumerable<TrackerDetection>>? extra = null, Func<int, bool>? aisHeard = null)
    {
        var random = new Random(9);
        // Both hold course and speed: a quieter motion model than the standard one suits them.
        var tracker = TrackingPipeline.Build(new TrackingPipelineOptions { ProcessNoiseDensity = 0.1 });
        for (var k = 0; k < steps; k++)
        {
            var time = TestPlots.Start.AddSeconds(3 * k);
            var (ship, boat) = At(k);
            var radar = new List<TrackerDetection>
            {
                TestPlots.Position(time, ship.X + (20 * TestPlots.Gaussian(random)), ship.Y + (20 * TestPlots.Gaussian(random)), 20, "radar", DetectionKind.Radar),
                TestPlots.Position(time, boat.X + (20 * TestPlots.Gaussian(random)), boat.Y + (20 * TestPlots.Gaussian(random)), 20, "radar", DetectionKind.Radar),
            };
            tracker.Step(time, radar);
            var ais = new List<TrackerDetection>();
            if (k % 2 == 0 && (aisHeard?.Invoke(k) ?? true))
            {
                ais.Add(TestPlots.Ais(time.AddSeconds(0.5), ShipMmsi, ship.X + 4, ship.Y + 12, 8, 0));
            }

            ais.AddRange(extra?.Invoke(k) ?? []);
            tracker.Step(time.AddSeconds(0.5), ais);
        }

        return tracker;
    }

    [Fact]
    public void AShipsRadarTrackTakesItsMmsi_AndTheSmallBoatAlongsideKeepsNone()
    {
        var tracker = Run(200);
        var confirmed = tracker.Tracks.Where(t => t.Status != TrackStatus.Tentative).ToList();
        Assert.Equal(2, confirmed.Count);
        var ship = Assert.Single(confirmed, t => t.Mmsi == ShipMmsi);
        var boat = Assert.Single(confirmed, t => t.Mmsi is null);
        Assert.True(ship.Evidence.RadarPlots > 150 && ship.AisHits > 90, $"radar {ship.Evidence.RadarPlots}, AIS {ship.AisHits}");
        Assert.True(boat.Estimate.SpeedMetresPerSecond is > 1.5 and < 2.5);
        Assert.Equal(TrackClass.VesselWithAis, ship.Class);
        Assert.NotEqual(TrackClass.VesselWithAis, boat.Class);
    }

    [Fact]
    public void SpoofedReportsFarFromTheShip_AreCountedAsSuspect_AndNameNoSecondTrack()
    {
        // From step 60 on, a second transmitter sends the ship's MMSI from 6 km north, every 6 s.
        var tracker = Run(150, k => k >= 60 && k % 2 == 1
            ? [TestPlots.Ais(TestPlots.Start.AddSeconds((3 * k) + 0.5), ShipMmsi, 1_000, 6_000, 0, 0)]
            : []);
        var named = tracker.Tracks.Where(t => t.Mmsi == ShipMmsi).ToList();
        var ship = Assert.Single(named);
        Assert.True(Math.Abs(ship.Estimate.NorthingMetres) < 200, $"the named track is at northing {ship.Estimate.NorthingMetres:F0}");
        Assert.True(tracker.Components.Identity.SuspectReports >= 40, $"{tracker.Components.Identity.SuspectReports} suspect reports");
    }

    [Fact]
    public void WhenTheNamedTrackStopsHearingItsMmsi_TheIdentityMovesToWhereTheReportsAre()
    {
        // The ship's transponder goes quiet at step 60; from step 90 its MMSI is heard 6 km north (the radar track had
        // been given the wrong name, or the ship changed transponder): after the hold time the name moves.
        var tracker = Run(200, k => k >= 90 && k % 2 == 1
            ? [TestPlots.Ais(TestPlots.Start.AddSeconds((3 * k) + 0.5), ShipMmsi, 1_000, 6_000, 0, 0)]
            : [], k => k < 60);
        Assert.True(tracker.Components.Identity.IdentityMoves >= 1);
        var named = Assert.Single(tracker.Tracks, t => t.Mmsi == ShipMmsi);
        Assert.True(Math.Abs(named.Estimate.NorthingMetres - 6_000) < 100, $"the named track is at northing {named.Estimate.NorthingMetres:F0}");
    }
}
