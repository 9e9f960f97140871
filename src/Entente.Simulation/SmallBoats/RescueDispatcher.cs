using Entente.Simulation.Traffic;
using Entente.Simulation.World;

namespace Entente.Simulation.SmallBoats;

/// <summary>
/// Tasks a rescue or patrol vessel to a boat: the one named, or the nearest idle one (the nearest busy one when none is
/// idle). People in the water from a capsized boat are each a task for the same vessel.
/// </summary>
internal static class RescueDispatcher
{
    public static bool Dispatch(SimulationWorld world, SimObject boat, string? assetId, bool interception)
    {
        var asset = assetId is null or "nearest" ? Nearest(world, boat, interception) : world.Find(assetId);
        if (asset?.Behaviour is not AssetBehaviour behaviour)
        {
            return false;
        }

        var targets = boat.People > 0 ? [boat] : new List<SimObject>();
        targets.AddRange(world.PeopleInWaterFrom(boat.Id));
        foreach (var target in targets.OrderBy(t => t.Point.PlanarDistanceMetres(asset.Point)))
        {
            behaviour.Assign(new AssetTask(target, interception));
        }

        return targets.Count > 0;
    }

    private static SimObject? Nearest(SimulationWorld world, SimObject boat, bool interception)
    {
        var candidates = world.Objects
            .Where(o => !o.Removed && o.Behaviour is AssetBehaviour a && (!interception || a.IsPatrol))
            .OrderBy(o => ((AssetBehaviour)o.Behaviour!).Idle ? 0 : 1)
            .ThenBy(o => o.Point.PlanarDistanceMetres(boat.Point))
            .ThenBy(o => o.Id, StringComparer.Ordinal);
        return candidates.FirstOrDefault();
    }
}
