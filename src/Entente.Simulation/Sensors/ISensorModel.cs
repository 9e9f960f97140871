using Entente.Simulation.Output;
using Entente.Simulation.World;

namespace Entente.Simulation.Sensors;

/// <summary>
/// A sensor or source: observes the world over the step [<see cref="SimulationWorld.Time"/>, Time + step) and emits
/// detections or AIS lines with times inside that step. An object's position at an offset τ into the step is
/// <see cref="SimObject.PointAfter"/>(τ).
/// </summary>
internal interface ISensorModel
{
    /// <summary>The sensor's id, as written in the outputs.</summary>
    string Id { get; }

    /// <summary>Where it is and how far it reaches (none for sources without a place, such as distress calls).</summary>
    IEnumerable<SensorSite> Sites { get; }

    void Observe(SimulationWorld world, StepOutput output);
}
