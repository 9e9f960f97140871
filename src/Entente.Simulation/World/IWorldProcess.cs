namespace Entente.Simulation.World;

/// <summary>Something that acts on the world as a whole at each step: traffic arriving, boats launching.</summary>
internal interface IWorldProcess
{
    /// <summary>Acts at the start of the step that begins at <see cref="SimulationWorld.Time"/>.</summary>
    void BeforeStep(SimulationWorld world);
}
