using Entente.Simulation.World;

namespace Entente.Simulation.SmallBoats;

/// <summary>
/// Puts each planned boat on its beach (people gathering, not yet at sea) some time before its launch, so that beach
/// sensors can see the gathering; the boat's own behaviour then launches it.
/// </summary>
internal sealed class CrossingLaunches : IWorldProcess
{
    /// <summary>How long before launch people gather at the beach.</summary>
    public static readonly TimeSpan Gathering = TimeSpan.FromMinutes(40);

    private readonly Queue<CrossingPlan> _plans;

    public CrossingLaunches(IEnumerable<CrossingPlan> plans)
    {
        _plans = new Queue<CrossingPlan>(plans.OrderBy(p => p.Launch).ThenBy(p => p.Id, StringComparer.Ordinal));
    }

    public void BeforeStep(SimulationWorld world)
    {
        while (_plans.TryPeek(out var plan) && plan.Launch - Gathering <= world.Time)
        {
            _plans.Dequeue();
            var start = plan.TaxiFrom ?? plan.Beach;
            var boat = new SimObject(plan.Id, ObjectKind.SmallBoat, start.EastingMetres, start.NorthingMetres)
            {
                People = plan.TaxiFrom is null ? plan.People : plan.People - plan.TaxiPickupPeople,
                State = ObjectState.Ashore,
                RcsSquareMetres = 1.5,
                HeightMetres = 1.2,
            };
            boat.Behaviour = new SmallBoatBehaviour(plan, world.Random.Fork("boat:" + plan.Id));
            world.Add(boat);
        }
    }
}
