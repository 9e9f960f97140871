using Entente.Simulation.World;

namespace Entente.Simulation.Traffic;

/// <summary>A job for a rescue or patrol vessel: reach the boat and take its people aboard.</summary>
/// <param name="Target">The boat, or a group of people in the water.</param>
/// <param name="Interception">True when the boat is not in distress (its people are taken aboard under way).</param>
internal sealed record AssetTask(SimObject Target, bool Interception);
