using Entente.Simulation.World;

namespace Entente.Simulation.SmallBoats;

/// <summary>A group of people in the water after a capsize, drifting until someone takes them aboard.</summary>
internal sealed class PeopleInWaterBehaviour(DriftMotion drift) : IObjectBehaviour
{
    public void Steer(SimObject self, SimulationWorld world)
    {
        if (self.People == 0)
        {
            self.State = ObjectState.Rescued;
            self.Removed = true;
            self.Stop();
            return;
        }

        self.State = ObjectState.InWater;
        self.HeadingGridDegrees = null;
        drift.Apply(self, world);
    }
}
