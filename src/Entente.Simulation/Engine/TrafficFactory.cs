using System.Globalization;
using Entente.Ais.Messages;
using Entente.Core.Positions;
using Entente.Core.Projection;
using Entente.Core.Units;
using Entente.Simulation.Scenarios;
using Entente.Simulation.Traffic;
using Entente.Simulation.World;

namespace Entente.Simulation.Engine;

/// <summary>Creates the scenario's ships: merchant traffic, ferries, fishing vessels, patrol and rescue assets.</summary>
internal static class TrafficFactory
{
    public static void Build(SimulationWorld world, List<IWorldProcess> processes)
    {
        var traffic = world.Scenario.Document.Traffic;
        var identities = new ShipIdentities(world.Random.Fork("traffic:identities"));
        foreach (var asset in traffic.Assets)
        {
            if (asset.Mmsi is { } mmsi)
            {
                identities.Reserve(mmsi);
            }
        }

        BuildAssets(world, traffic, identities);
        BuildFerries(world, traffic, identities);
        BuildFishing(world, traffic, identities);
        processes.Add(new MerchantTraffic(world.Random.Fork("traffic:merchant"), identities, traffic.MerchantShipsPerDay,
            traffic.MerchantSpeedKnots.Min, traffic.MerchantSpeedKnots.Max, traffic.ClassBShare));
    }

    private static void BuildAssets(SimulationWorld world, TrafficSection traffic, ShipIdentities identities)
    {
        for (var i = 0; i < traffic.Assets.Count; i++)
        {
            var a = traffic.Assets[i];
            var path = $"$.traffic.assets[{i}]";
            var basePoint = a.Base is { } place
                ? world.PlacePoint(place, path + ".base")
                : ChannelProjection.Project(GeoPosition.FromDegrees(a.BasePosition!.Lat, a.BasePosition.Lon));
            ProjectedPoint? station = a.Station is { } s ? ChannelProjection.Project(GeoPosition.FromDegrees(s.Lat, s.Lon)) : null;
            var patrol = a.Kind == "patrol";
            var asset = new SimObject(a.Id!, patrol ? ObjectKind.Patrol : ObjectKind.Rescue, basePoint.EastingMetres, basePoint.NorthingMetres)
            {
                Name = (a.Name ?? a.Id!).ToUpperInvariant(),
                Mmsi = a.Ais == "none" ? null : a.Mmsi,
                Ais = a.Ais switch { "A" => AisClass.ClassA, "B" => AisClass.ClassB, _ => AisClass.None },
                ShipType = patrol ? ShipType.LawEnforcement : ShipType.SearchAndRescue,
                LengthMetres = patrol ? 42 : 17,
                Destination = "PATROL",
                State = ObjectState.Stopped,
                Behaviour = new AssetBehaviour(basePoint, station, a.SpeedKnots),
            };
            if (asset.Ais != AisClass.None)
            {
                asset.Mmsi ??= identities.NextMmsi();
            }
            else
            {
                asset.Name ??= asset.Id;
            }

            identities.DressCommon(asset);
            if (asset.Ais == AisClass.None)
            {
                asset.Mmsi = null;
            }

            asset.RcsSquareMetres = patrol ? 300 : 40;
            asset.HeightMetres = patrol ? 12 : 5;
            world.Add(asset);
        }
    }

    private static void BuildFerries(SimulationWorld world, TrafficSection traffic, ShipIdentities identities)
    {
        var random = world.Random.Fork("traffic:ferries");
        var count = 0;
        foreach (var service in traffic.Ferries)
        {
            var route = FerryRoutes.Find(service.Route!)!;
            var crossing = TimeSpan.FromSeconds(route.LengthMetres / UnitConversions.KnotsToMetresPerSecond(service.SpeedKnots));
            var turnaround = TimeSpan.FromMinutes(service.TurnaroundMinutes);
            var cycle = 2 * (crossing + turnaround);
            for (var v = 0; v < service.Vessels; v++)
            {
                // Vessels on one service are spread evenly over the cycle, half of them starting at each end.
                var phase = cycle * v / service.Vessels;
                var outbound = phase < cycle / 2;
                var firstDeparture = world.Time + (outbound ? phase : phase - (cycle / 2)) + TimeSpan.FromMinutes(random.Uniform(0, 5));
                var shuttle = new FerryShuttle(route, service.SpeedKnots, turnaround, firstDeparture, outbound);
                var berth = shuttle.Berth.Start;
                var ferry = new SimObject("ferry-" + (++count).ToString("D2", CultureInfo.InvariantCulture), ObjectKind.Ferry, berth.EastingMetres, berth.NorthingMetres)
                {
                    Ais = AisClass.ClassA,
                    ShipType = ShipType.Passenger,
                    LengthMetres = random.NextInclusive(160, 215),
                    Destination = service.Route == "dover-calais" ? "DOVER-CALAIS" : "DOVER-DUNKERQUE",
                    State = ObjectState.Stopped,
                    Behaviour = shuttle,
                };
                identities.DressCommon(ferry);
                world.Add(ferry);
            }
        }
    }

    private static void BuildFishing(SimulationWorld world, TrafficSection traffic, ShipIdentities identities)
    {
        var random = world.Random.Fork("traffic:fishing");
        for (var i = 0; i < traffic.FishingVessels; i++)
        {
            var ground = FishingGrounds.Centres[i % FishingGrounds.Centres.Count];
            var centre = ChannelProjection.Project(GeoPosition.FromDegrees(ground.Lat, ground.Lon));
            var angle = random.Uniform(0, 2 * Math.PI);
            var radius = random.Uniform(0, FishingGrounds.RadiusMetres);
            var roll = random.NextDouble();
            var vessel = new SimObject("fishing-" + (i + 1).ToString("D2", CultureInfo.InvariantCulture), ObjectKind.Fishing,
                centre.EastingMetres + (radius * Math.Sin(angle)), centre.NorthingMetres + (radius * Math.Cos(angle)))
            {
                // Vessels of 15 m and more carry class A; smaller ones often class B, some nothing at all.
                Ais = roll < 0.7 ? AisClass.ClassA : roll < 0.9 ? AisClass.ClassB : AisClass.None,
                ShipType = ShipType.Fishing,
                LengthMetres = random.NextInclusive(12, 40),
                Behaviour = new FishingBehaviour(random.Fork("fishing:" + i.ToString(CultureInfo.InvariantCulture)), centre),
            };
            identities.DressCommon(vessel);
            vessel.RcsSquareMetres = 50 + (vessel.LengthMetres * 5);
            vessel.HeightMetres = 6;
            if (vessel.Ais == AisClass.None)
            {
                vessel.Mmsi = null;
            }

            world.Add(vessel);
        }
    }
}
