using Entente.Simulation.World;

namespace Entente.Simulation.Tests.Sensors;

/// <summary>A test behaviour: the object keeps one velocity and its state.</summary>
internal sealed class ConstantVelocity(double eastMetresPerSecond, double northMetresPerSecond) : IObjectBehaviour
{
    public void Steer(SimObject self, SimulationWorld world)
    {
        self.VelocityEastMetresPerSecond = eastMetresPerSecond;
        self.VelocityNorthMetresPerSecond = northMetresPerSecond;
    }
}
