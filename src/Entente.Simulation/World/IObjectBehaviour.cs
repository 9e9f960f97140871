namespace Entente.Simulation.World;

/// <summary>How an object moves and changes state: one behaviour per object.</summary>
internal interface IObjectBehaviour
{
    /// <summary>
    /// Sets the object's state and velocity for the step that starts at <see cref="SimulationWorld.Time"/>, applying any
    /// event that falls in it. The simulator then lets sensors observe and moves the object.
    /// </summary>
    void Steer(SimObject self, SimulationWorld world);
}
