using System.Globalization;
using Entente.Simulation.Navigation;
using Entente.Simulation.Randomness;
using Entente.Simulation.World;

namespace Entente.Simulation.Traffic;

/// <summary>
/// Merchant ships through the Strait: Poisson arrivals at each end of the two TSS lanes at half the daily rate each,
/// each ship at its own speed and offset in the lane. At the start the lanes are already filled at their steady-state
/// density, so the first minutes look like any other.
/// </summary>
internal sealed class MerchantTraffic : IWorldProcess
{
    private readonly SimulationRandom _random;
    private readonly ShipIdentities _identities;
    private readonly double _ratePerSecond;
    private readonly double _minSpeedKnots;
    private readonly double _maxSpeedKnots;
    private readonly double _classBShare;
    private readonly DateTimeOffset[] _nextArrival = new DateTimeOffset[2];
    private int _count;
    private bool _seeded;

    public MerchantTraffic(SimulationRandom random, ShipIdentities identities, double shipsPerDay, double minSpeedKnots, double maxSpeedKnots, double classBShare)
    {
        _random = random;
        _identities = identities;
        _ratePerSecond = shipsPerDay / 2 / 86_400;
        _minSpeedKnots = minSpeedKnots;
        _maxSpeedKnots = maxSpeedKnots;
        _classBShare = classBShare;
    }

    public void BeforeStep(SimulationWorld world)
    {
        if (_ratePerSecond <= 0)
        {
            return;
        }

        if (!_seeded)
        {
            _seeded = true;
            Seed(world);
        }

        for (var lane = 0; lane < 2; lane++)
        {
            while (_nextArrival[lane] <= world.Time)
            {
                Spawn(world, lane, 0);
                _nextArrival[lane] += TimeSpan.FromSeconds(_random.Exponential(1 / _ratePerSecond));
            }
        }
    }

    private void Seed(SimulationWorld world)
    {
        for (var lane = 0; lane < 2; lane++)
        {
            var route = Route(lane);
            var meanTransitSeconds = route.LengthMetres / Entente.Core.Units.UnitConversions.KnotsToMetresPerSecond((_minSpeedKnots + _maxSpeedKnots) / 2);
            var ships = _random.Poisson(_ratePerSecond * meanTransitSeconds);
            var along = new double[ships];
            for (var i = 0; i < ships; i++)
            {
                along[i] = _random.Uniform(0, route.LengthMetres);
            }

            // Ships created in order along the lane, from the far end, so ids read in the order ships will leave.
            Array.Sort(along);
            for (var i = ships - 1; i >= 0; i--)
            {
                Spawn(world, lane, along[i]);
            }

            _nextArrival[lane] = world.Time + TimeSpan.FromSeconds(_random.Exponential(1 / _ratePerSecond));
        }
    }

    private void Spawn(SimulationWorld world, int lane, double alongMetres)
    {
        var route = Route(lane);
        var speed = _random.Uniform(_minSpeedKnots, _maxSpeedKnots);
        var offset = _random.Uniform(-LaneRoutes.SpreadMetres, LaneRoutes.SpreadMetres);
        var follower = new RouteFollower(route, speed, offset, alongMetres);
        var ship = new SimObject("ship-" + (++_count).ToString("D4", CultureInfo.InvariantCulture), ObjectKind.Ship, 0, 0)
        {
            Ais = _random.Chance(_classBShare) ? AisClass.ClassB : AisClass.ClassA,
            Behaviour = follower,
        };
        _identities.DressMerchant(ship, lane == 0);
        if (ship.Ais == AisClass.ClassB)
        {
            // Class B ships in transit are small: coasters and yachts.
            ship.LengthMetres = Math.Min(ship.LengthMetres, 45);
            ship.RcsSquareMetres = Math.Min(ship.RcsSquareMetres, 200);
            ship.HeightMetres = Math.Min(ship.HeightMetres, 8);
        }

        follower.Place(ship);
        world.Add(ship);
    }

    private static Route Route(int lane) => lane == 0 ? LaneRoutes.NorthEastBound : LaneRoutes.SouthWestBound;
}
