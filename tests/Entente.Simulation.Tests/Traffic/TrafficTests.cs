using Entente.Core.Positions;
using Entente.Core.Projection;
using Entente.Geo.Features;
using Entente.Simulation.Tests.Scenarios;
using Entente.Simulation.Traffic;
using Entente.Simulation.World;

namespace Entente.Simulation.Tests.Traffic;

public sealed class TrafficTests
{
    private static readonly Lazy<MemorySink> SixHours = new(() => ScenarioRuns.Run(ScenarioRuns.Custom("""
        {
          "name": "traffic", "start": "2026-11-21T18:00:00Z", "durationHours": 6, "seed": 11, "truthIntervalSeconds": 60,
          "traffic": {
            "merchantShipsPerDay": 450,
            "ferries": [ { "route": "dover-calais", "vessels": 2 }, { "route": "dover-dunkirk", "vessels": 1 } ],
            "fishingVessels": 4
          }
        }
        """)).Sink);

    [Theory]
    [InlineData("tss-lane-north-east", true)]
    [InlineData("tss-lane-south-west", false)]
    public void TheLaneRoutes_RunInsideTheirLane_ThroughTheStrait(string laneId, bool northEast)
    {
        var route = northEast ? LaneRoutes.NorthEastBound : LaneRoutes.SouthWestBound;
        var lane = ScenarioRuns.Geography.Find(laneId)!;
        var inside = 0;
        var checkedPoints = 0;
        for (var along = 0.0; along < route.LengthMetres; along += 1_000)
        {
            var position = ChannelProjection.Unproject(route.PointAt(along));

            // The lanes run from about 0.0°E to 1.5–1.7°E; between those, a ship anywhere in its spread is in its lane.
            if (position.LongitudeDegrees is < 0.1 or > 1.5)
            {
                continue;
            }

            checkedPoints++;
            foreach (var offset in new[] { -LaneRoutes.SpreadMetres, LaneRoutes.SpreadMetres })
            {
                var p = ChannelProjection.Unproject(route.PointAt(along, offset));
                if (ScenarioRuns.Geography.ZonesAt(p).Contains(lane))
                {
                    inside++;
                }
            }
        }

        Assert.True(checkedPoints > 80);
        Assert.Equal(2 * checkedPoints, inside);
        Assert.Equal(FeatureKind.TssLane, lane.Kind);
    }

    [Fact]
    public void MerchantShips_ArriveAtTheDailyRate_AtTheirSpeeds_InBothDirections()
    {
        var ships = SixHours.Value.Truth.Where(t => t.Kind == ObjectKind.Ship).GroupBy(t => t.Id).ToList();
        var start = SixHours.Value.Truth[0].Time;

        // Ships already in the lanes at the start appear in the first record; the others arrived during the six hours.
        var arrivals = ships.Count(g => g.Min(t => t.Time) > start);
        Assert.InRange(arrivals, 112 - 35, 112 + 35);
        Assert.InRange(ships.Count - arrivals, 80, 200);
        foreach (var t in ships.SelectMany(g => g).Where(t => t.State == ObjectState.Underway))
        {
            // 10–20 kn through the water, plus or minus the tidal stream.
            Assert.InRange(t.SpeedKnots, 10 - 3.0, (20 * 1.1) + 3.0);
            Assert.NotNull(t.Mmsi);
        }

        // Right-hand traffic: north-east-bound ships head between north and east, south-west-bound between south and west.
        var headings = ships.Select(g => g.First().CourseDegrees).ToList();
        Assert.True(headings.Count(c => c is > 0 and < 100) > ships.Count / 4);
        Assert.True(headings.Count(c => c is > 180 and < 280) > ships.Count / 4);
    }

    [Fact]
    public void Ferries_ShuttleBetweenTheirPorts()
    {
        var dover = GeoPosition.FromDegrees(51.126, 1.333);
        var calais = GeoPosition.FromDegrees(50.966, 1.862);
        var dunkirk = GeoPosition.FromDegrees(51.027, 2.185);
        var ferries = SixHours.Value.Truth.Where(t => t.Kind == ObjectKind.Ferry).GroupBy(t => t.Id).ToList();
        Assert.Equal(3, ferries.Count);
        foreach (var ferry in ferries)
        {
            var near = (GeoPosition port) => ferry.Any(t => Entente.Core.Geodesy.Geodesic.DistanceMetres(t.Position, port) < 1_000);
            Assert.True(near(dover), ferry.Key + " never at Dover");
            Assert.True(near(calais) || near(dunkirk), ferry.Key + " never in France");
            Assert.Contains(ferry, t => t.State == ObjectState.Stopped);
            Assert.Contains(ferry, t => t.State == ObjectState.Underway && t.SpeedKnots > 15);
        }
    }

    [Fact]
    public void FishingVessels_WorkTheirGrounds_Slowly()
    {
        var fishing = SixHours.Value.Truth.Where(t => t.Kind == ObjectKind.Fishing).ToList();
        Assert.Equal(4, fishing.Select(t => t.Id).Distinct().Count());
        foreach (var t in fishing)
        {
            // Towing at 2.5–4 kn, or hauling, with the stream under them.
            Assert.InRange(t.SpeedKnots, 0, 4 + 3.5);
            var ground = FishingGrounds.Centres.Min(c => Entente.Core.Geodesy.Geodesic.DistanceMetres(t.Position, GeoPosition.FromDegrees(c.Lat, c.Lon)));
            Assert.True(ground < 30_000, $"{t.Id} strayed {ground} m from its ground");
        }
    }
}
