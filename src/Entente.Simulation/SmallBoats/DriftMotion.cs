using Entente.Simulation.Conditions;
using Entente.Simulation.Randomness;
using Entente.Simulation.World;

namespace Entente.Simulation.SmallBoats;

/// <summary>How a powerless object moves: with the tidal stream, plus its own leeway downwind and to one side.</summary>
internal sealed class DriftMotion
{
    private readonly double _downwindMetresPerSecond;
    private readonly double _crosswindMetresPerSecond;

    public DriftMotion(LeewayCoefficients coefficients, double windMetresPerSecond, SimulationRandom random)
    {
        (_downwindMetresPerSecond, _crosswindMetresPerSecond) = coefficients.Draw(windMetresPerSecond, random);
    }

    public void Apply(SimObject self, SimulationWorld world)
    {
        var environment = world.Environment;
        var (currentEast, currentNorth) = environment.CurrentGrid(world.Time, self.XMetres, self.YMetres);
        var downwind = Entente.Core.Units.UnitConversions.DegreesToRadians(environment.DownwindDegrees);

        // Downwind and crosswind (90° to the right of downwind) components in true axes, then into the grid.
        var east = (_downwindMetresPerSecond * Math.Sin(downwind)) + (_crosswindMetresPerSecond * Math.Cos(downwind));
        var north = (_downwindMetresPerSecond * Math.Cos(downwind)) - (_crosswindMetresPerSecond * Math.Sin(downwind));
        var (leewayEast, leewayNorth) = SeaEnvironment.TrueToGrid(east, north, self.XMetres, self.YMetres);
        self.VelocityEastMetresPerSecond = currentEast + leewayEast;
        self.VelocityNorthMetresPerSecond = currentNorth + leewayNorth;
        self.Turning = false;
    }
}
