using Entente.Core.Detections;
using Entente.Core.Projection;
using Entente.Core.Units;
using Entente.Simulation.Navigation;
using Entente.Simulation.World;

namespace Entente.Simulation.Traffic;

/// <summary>
/// A rescue or patrol vessel: waits at its station (a lifeboat alongside, a cutter on a slow patrol circle), goes at
/// full speed to each boat it is tasked to, takes the people aboard, and brings them back to its base.
/// </summary>
internal sealed class AssetBehaviour : IObjectBehaviour
{
    // Boarding people from a crowded dinghy is slow and careful work.
    private const double PeoplePerMinute = 12;
    private const double OnSceneMetres = 60;
    private const double PatrolCircleMetres = 2_000;
    private const double PatrolSpeedKnots = 5;

    private readonly Queue<AssetTask> _tasks = new();
    private readonly ProjectedPoint _base;
    private readonly ProjectedPoint? _station;
    private readonly double _speedMetresPerSecond;
    private AssetTask? _current;
    private double _boardingCredit;
    private double _patrolAngleRadians;

    public AssetBehaviour(ProjectedPoint basePoint, ProjectedPoint? station, double speedKnots)
    {
        _base = basePoint;
        _station = station;
        _speedMetresPerSecond = UnitConversions.KnotsToMetresPerSecond(speedKnots);
    }

    /// <summary>True when it has no task; idle assets are tasked first.</summary>
    public bool Idle => _current is null && _tasks.Count == 0;

    public bool IsPatrol => _station is not null;

    public void Assign(AssetTask task) => _tasks.Enqueue(task);

    public void Steer(SimObject self, SimulationWorld world)
    {
        self.Turning = false;
        while (_current is null && _tasks.TryDequeue(out var next))
        {
            // Someone else may have reached them first.
            if (next.Target.People > 0 && !next.Target.Removed)
            {
                _current = next;
            }
        }

        if (_current is { } task)
        {
            var target = task.Target;
            var distance = self.Point.PlanarDistanceMetres(target.Point);
            if (distance > OnSceneMetres)
            {
                // Head for where the boat will be at the end of this step.
                var seconds = world.StepSeconds;
                var aim = target.PointAfter(seconds);
                GoTowards(self, aim, _speedMetresPerSecond, seconds);
                self.State = ObjectState.Underway;
                return;
            }

            self.VelocityEastMetresPerSecond = target.VelocityEastMetresPerSecond;
            self.VelocityNorthMetresPerSecond = target.VelocityNorthMetresPerSecond;
            self.State = ObjectState.Stopped;
            Board(self, target, task.Interception, world);
            return;
        }

        if (self.People > 0 || (_station is null && self.Point.PlanarDistanceMetres(_base) > OnSceneMetres))
        {
            ReturnToBase(self, world);
            return;
        }

        if (_station is { } station)
        {
            Patrol(self, station, world);
            return;
        }

        self.Stop();
        self.State = ObjectState.Stopped;
    }

    private void Board(SimObject self, SimObject target, bool interception, SimulationWorld world)
    {
        _boardingCredit += PeoplePerMinute * world.StepSeconds / 60;
        var moved = Math.Min(target.People, (int)_boardingCredit);
        _boardingCredit -= moved;
        target.People -= moved;
        self.People += moved;
        world.Tally.PeopleTakenAboard += moved;
        world.PeopleTakenFrom[target.Id] = world.PeopleTakenFrom.GetValueOrDefault(target.Id) + moved;
        if (target.People > 0)
        {
            return;
        }

        _current = null;
        _boardingCredit = 0;
        if (target.Kind == ObjectKind.PeopleInWater)
        {
            target.State = ObjectState.Rescued;
            target.Removed = true;
        }
        else if (target.State != ObjectState.Capsized)
        {
            target.State = interception ? ObjectState.Intercepted : ObjectState.Rescued;
            if (interception)
            {
                world.Tally.BoatsIntercepted++;
            }
            else
            {
                world.Tally.BoatsRescued++;
            }
        }

        // The vessel reports the people it took aboard; from the water, or from a boat that capsized while it was
        // boarding, it is a rescue whatever it was tasked to do.
        if (world.PeopleTakenFrom.GetValueOrDefault(target.Id) is > 0 and var taken)
        {
            var outcome = interception && target.State == ObjectState.Intercepted ? BoatOutcome.Intercepted : BoatOutcome.Rescued;
            world.Outcomes.Add(new OutcomeEvent(world.Time, target.Id, outcome, taken, target.Point, self.Id, DetectionRecordJson.OutcomeSourceAsset));
        }

        // Calls stop once nobody from the boat is left in the water: the boat's own people, or its groups in the water.
        var boat = SimulationWorld.BoatOf(target);
        var stillWaiting = world.PeopleInWaterFrom(boat).Any(o => o.People > 0);
        foreach (var episode in world.Distress.Where(e => e.Boat.Id == boat && e.Until is null && !stillWaiting))
        {
            episode.Until = world.Time;
        }
    }

    private void ReturnToBase(SimObject self, SimulationWorld world)
    {
        var distance = self.Point.PlanarDistanceMetres(_base);
        if (distance <= OnSceneMetres)
        {
            // Alongside: the survivors go ashore.
            self.People = 0;
            self.Stop();
            self.State = ObjectState.Stopped;
            return;
        }

        GoTowards(self, _base, _speedMetresPerSecond * 0.75, world.StepSeconds);
        self.State = ObjectState.Underway;
    }

    private void Patrol(SimObject self, ProjectedPoint station, SimulationWorld world)
    {
        var speed = UnitConversions.KnotsToMetresPerSecond(PatrolSpeedKnots);
        if (self.Point.PlanarDistanceMetres(station) > PatrolCircleMetres * 1.5)
        {
            GoTowards(self, station, _speedMetresPerSecond * 0.75, world.StepSeconds);
        }
        else
        {
            _patrolAngleRadians += speed * world.StepSeconds / PatrolCircleMetres;
            var aim = new ProjectedPoint(station.EastingMetres + (PatrolCircleMetres * Math.Sin(_patrolAngleRadians)),
                station.NorthingMetres + (PatrolCircleMetres * Math.Cos(_patrolAngleRadians)));
            GoTowards(self, aim, speed * 1.5, world.StepSeconds);
            self.Turning = true;
        }

        self.State = ObjectState.Underway;
    }

    private static void GoTowards(SimObject self, ProjectedPoint aim, double speedMetresPerSecond, double seconds)
    {
        var distance = self.Point.PlanarDistanceMetres(aim);
        var bearing = Route.Bearing(self.Point, aim);
        self.HeadingGridDegrees = bearing;
        self.SetVelocity(bearing, Math.Min(speedMetresPerSecond, distance / seconds));
    }
}
