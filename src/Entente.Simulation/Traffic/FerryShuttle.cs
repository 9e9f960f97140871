using Entente.Simulation.Navigation;
using Entente.Simulation.World;

namespace Entente.Simulation.Traffic;

/// <summary>A ferry shuttling between two berths: alongside for its turnaround, then across, then back.</summary>
internal sealed class FerryShuttle : IObjectBehaviour
{
    private readonly Route _outbound;
    private readonly Route _inbound;
    private readonly double _speedKnots;
    private readonly TimeSpan _turnaround;
    private RouteFollower? _leg;
    private bool _nextIsOutbound;
    private DateTimeOffset _departs;

    /// <param name="route">Berth to berth, outbound.</param>
    /// <param name="speedKnots">Service speed.</param>
    /// <param name="turnaround">Time alongside between crossings.</param>
    /// <param name="firstDeparture">When it first leaves its berth.</param>
    /// <param name="startsOutbound">True to start at the route's first berth.</param>
    public FerryShuttle(Route route, double speedKnots, TimeSpan turnaround, DateTimeOffset firstDeparture, bool startsOutbound)
    {
        _outbound = route;
        _inbound = route.Reversed();
        _speedKnots = speedKnots;
        _turnaround = turnaround;
        _departs = firstDeparture;
        _nextIsOutbound = startsOutbound;
    }

    public Route Berth => _nextIsOutbound ? _outbound : _inbound;

    public void Steer(SimObject self, SimulationWorld world)
    {
        if (_leg is null)
        {
            self.Stop();
            self.State = ObjectState.Stopped;
            self.Turning = false;
            if (world.Time < _departs)
            {
                return;
            }

            _leg = new RouteFollower(_nextIsOutbound ? _outbound : _inbound, _speedKnots, 0)
            {
                Arrived = (ship, w) =>
                {
                    _leg = null;
                    _nextIsOutbound = !_nextIsOutbound;
                    _departs = w.Time + _turnaround;
                    ship.State = ObjectState.Stopped;
                },
            };
        }

        _leg.Steer(self, world);
    }
}
