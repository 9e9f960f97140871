using Entente.Core.Units;
using Entente.Simulation.World;

namespace Entente.Simulation.Tests.Ais;

/// <summary>Steady speed, on a steady course or turning at a steady rate; at speed 0, stopped (moored).</summary>
internal sealed class AisTestBehaviour : IObjectBehaviour
{
    private readonly double _speedKnots;
    private readonly double _turnDegreesPerSecond;
    private double _gridCourseDegrees;
    private DateTimeOffset? _lastSteered;

    public AisTestBehaviour(double gridCourseDegrees, double speedKnots, double turnDegreesPerSecond = 0)
    {
        _gridCourseDegrees = gridCourseDegrees;
        _speedKnots = speedKnots;
        _turnDegreesPerSecond = turnDegreesPerSecond;
    }

    public void Steer(SimObject self, SimulationWorld world)
    {
        if (_lastSteered is { } last)
        {
            _gridCourseDegrees = UnitConversions.NormaliseBearingDegrees(_gridCourseDegrees + (_turnDegreesPerSecond * (world.Time - last).TotalSeconds));
        }

        _lastSteered = world.Time;
        self.HeadingGridDegrees = _gridCourseDegrees;
        self.Turning = _turnDegreesPerSecond != 0;
        if (_speedKnots == 0)
        {
            self.Stop();
            self.State = ObjectState.Stopped;
            return;
        }

        self.State = ObjectState.Underway;
        self.SetVelocity(_gridCourseDegrees, UnitConversions.KnotsToMetresPerSecond(_speedKnots));
    }
}
