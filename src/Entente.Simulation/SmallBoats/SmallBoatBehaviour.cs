using Entente.Core.Detections;
using Entente.Core.Projection;
using Entente.Core.Units;
using Entente.Simulation.Conditions;
using Entente.Simulation.Navigation;
using Entente.Simulation.Randomness;
using Entente.Simulation.World;

namespace Entente.Simulation.SmallBoats;

/// <summary>
/// A small boat's night: on the beach until launch (or stopped there), a taxi boat's run along the shore and pick-up,
/// the crossing steered by phone GPS towards its landing, and whatever happens on the way — engine failure and
/// drifting, swamping, capsize, rescue, interception — until it lands, is rescued, or the night ends.
/// </summary>
internal sealed class SmallBoatBehaviour : IObjectBehaviour
{
    private const double ArrivalMetres = 150;

    // Taxi boats keep close inshore while they run along the coast to the pick-up beach.
    private const double InshoreMetres = 400;

    // An intercepting patrol is tasked when the boat is this close to the English coast (about UK territorial waters).
    private const double InterceptionRangeMetres = 22_000;

    // An empty boat left adrift after a rescue stays in the picture this long before it is recovered or lost to sight.
    private static readonly TimeSpan DerelictLifetime = TimeSpan.FromMinutes(30);

    private readonly CrossingPlan _plan;
    private readonly SimulationRandom _random;
    private readonly Queue<BoatEvent> _events;
    private readonly Queue<ProjectedPoint> _legs = new();
    private readonly double _speedMetresPerSecond;
    private DriftMotion? _drift;
    private bool _launched;
    private bool _engineFailed;
    private bool _pickedUp;
    private DateTimeOffset? _pickupUntil;
    private DateTimeOffset? _rescueAt;
    private bool _interceptionTasked;
    private DateTimeOffset? _emptySince;

    public SmallBoatBehaviour(CrossingPlan plan, SimulationRandom random)
    {
        _plan = plan;
        _random = random;
        _events = new Queue<BoatEvent>(plan.Events.OrderBy(e => e.AfterLaunch));
        _speedMetresPerSecond = UnitConversions.KnotsToMetresPerSecond(plan.SpeedKnots);
    }

    public void Steer(SimObject self, SimulationWorld world)
    {
        if (!_launched)
        {
            self.Stop();
            if (world.Time < _plan.Launch)
            {
                return;
            }

            Launch(self, world);
            if (self.Removed)
            {
                return;
            }
        }

        ApplyEvents(self, world);
        if (self.Removed)
        {
            return;
        }

        if (_rescueAt is { } at && world.Time >= at)
        {
            _rescueAt = null;
            RescueDispatcher.Dispatch(world, self, "nearest", interception: false);
        }

        switch (self.State)
        {
            case ObjectState.Underway or ObjectState.Stopped:
                Navigate(self, world);
                break;
            case ObjectState.Drifting or ObjectState.Swamped or ObjectState.Capsized:
                _drift!.Apply(self, world);
                break;
            case ObjectState.Rescued or ObjectState.Intercepted:
                _drift ??= new DriftMotion(LeewayCoefficients.RefugeeRaft, world.Environment.WindSpeedMetresPerSecond, _random);
                _drift.Apply(self, world);
                _emptySince ??= world.Time;
                if (world.Time - _emptySince >= DerelictLifetime)
                {
                    self.Removed = true;
                }

                break;
            default:
                self.Stop();
                break;
        }
    }

    private void Launch(SimObject self, SimulationWorld world)
    {
        _launched = true;
        if (_events.TryPeek(out var first) && first.Kind == BoatEventKind.Prevented)
        {
            _events.Dequeue();
            self.State = ObjectState.Prevented;
            self.Removed = true;
            world.Tally.LaunchesPrevented++;
            world.Outcomes.Add(new OutcomeEvent(world.Time, self.Id, BoatOutcome.Prevented, self.People, self.Point, OutcomeEvent.BeachPatrol,
                DetectionRecordJson.OutcomeSourcePatrol));
            return;
        }

        world.Tally.BoatsLaunched++;
        world.Tally.PeopleAtSea += _plan.People;
        self.State = ObjectState.Underway;
        var seaward = Route.Bearing(_plan.Beach, _plan.Landing);
        if (_plan.TaxiFrom is { } mouth)
        {
            _legs.Enqueue(Offset(mouth, seaward, InshoreMetres));
            _legs.Enqueue(Offset(_plan.Beach, seaward, InshoreMetres));
            _legs.Enqueue(_plan.Beach);
        }
        else
        {
            _pickedUp = true;
        }

        _legs.Enqueue(_plan.Landing);
    }

    private void ApplyEvents(SimObject self, SimulationWorld world)
    {
        while (_events.TryPeek(out var next) && _plan.Launch + next.AfterLaunch <= world.Time)
        {
            _events.Dequeue();
            if (self.State is ObjectState.Landed or ObjectState.Rescued or ObjectState.Intercepted)
            {
                continue;
            }

            switch (next.Kind)
            {
                case BoatEventKind.EngineFailure when self.State is ObjectState.Underway or ObjectState.Stopped:
                    _engineFailed = true;
                    self.State = ObjectState.Drifting;
                    _drift = new DriftMotion(LeewayCoefficients.RefugeeRaft, world.Environment.WindSpeedMetresPerSecond, _random);
                    StartDistress(self, world, "engine failure");
                    break;
                case BoatEventKind.EngineRestart when self.State == ObjectState.Drifting:
                    _engineFailed = false;
                    self.State = ObjectState.Underway;
                    break;
                case BoatEventKind.Swamping when self.State is ObjectState.Underway or ObjectState.Stopped or ObjectState.Drifting:
                    self.State = ObjectState.Swamped;
                    self.RcsSquareMetres = 0.5;
                    self.HeightMetres = 0.5;
                    _drift = new DriftMotion(LeewayCoefficients.SwampedSkiff, world.Environment.WindSpeedMetresPerSecond, _random);
                    StartDistress(self, world, "swamped");
                    break;
                case BoatEventKind.Capsize when self.State is not ObjectState.Capsized:
                    Capsize(self, world);
                    break;
                case BoatEventKind.Rescue:
                    RescueDispatcher.Dispatch(world, self, next.Asset, interception: false);
                    break;
                case BoatEventKind.Intercept:
                    _interceptionTasked = true;
                    RescueDispatcher.Dispatch(world, self, next.Asset, interception: true);
                    break;
                case BoatEventKind.DistressCall:
                    StartDistress(self, world, "call for help");
                    break;
                default:
                    break;
            }
        }
    }

    private void Navigate(SimObject self, SimulationWorld world)
    {
        if (_engineFailed)
        {
            return;
        }

        if (_pickupUntil is { } until)
        {
            self.Stop();
            self.State = ObjectState.Stopped;
            if (world.Time < until)
            {
                return;
            }

            // The people waiting in the water at the pick-up beach climb aboard.
            _pickupUntil = null;
            _pickedUp = true;
            self.People += _plan.TaxiPickupPeople;
        }

        if (!_legs.TryPeek(out var aim))
        {
            self.Stop();
            return;
        }

        var distance = self.Point.PlanarDistanceMetres(aim);
        if (distance <= ArrivalMetres)
        {
            _legs.Dequeue();
            if (_legs.Count == 0)
            {
                Land(self, world);
                return;
            }

            if (!_pickedUp && aim == _plan.Beach)
            {
                _pickupUntil = world.Time + _plan.TaxiPickup;
                self.Stop();
                self.State = ObjectState.Stopped;
                return;
            }

            aim = _legs.Peek();
        }

        self.State = ObjectState.Underway;
        SteerTowards(self, aim, world);
        if (_plan.InterceptNearCoast && !_interceptionTasked && _pickedUp && self.Point.PlanarDistanceMetres(_plan.Landing) < InterceptionRangeMetres)
        {
            _interceptionTasked = true;
            RescueDispatcher.Dispatch(world, self, "nearest", interception: true);
        }
    }

    // Steers so that the track over the ground points at the aim, allowing for the stream, as a helmsman following a
    // phone's GPS does.
    private void SteerTowards(SimObject self, ProjectedPoint aim, SimulationWorld world)
    {
        var bearing = UnitConversions.DegreesToRadians(Route.Bearing(self.Point, aim));
        var ux = Math.Sin(bearing);
        var uy = Math.Cos(bearing);
        var (cx, cy) = world.Environment.CurrentGrid(world.Time, self.XMetres, self.YMetres);
        var across = (cx * uy) - (cy * ux);
        var v = _speedMetresPerSecond;
        var alongWater = Math.Sqrt(Math.Max(0, (v * v) - (across * across)));

        // Water velocity = along·u − across·n, where n is u turned 90° to the right.
        var wx = (alongWater * ux) - (across * uy);
        var wy = (alongWater * uy) + (across * ux);
        self.HeadingGridDegrees = UnitConversions.NormaliseBearingDegrees(UnitConversions.RadiansToDegrees(Math.Atan2(wx, wy)));
        var gx = wx + cx;
        var gy = wy + cy;
        var groundSpeed = Math.Sqrt((gx * gx) + (gy * gy));
        var distance = self.Point.PlanarDistanceMetres(aim);
        var scale = groundSpeed * world.StepSeconds > distance && groundSpeed > 0 ? distance / (groundSpeed * world.StepSeconds) : 1;
        self.VelocityEastMetresPerSecond = gx * scale;
        self.VelocityNorthMetresPerSecond = gy * scale;
        self.Turning = false;
    }

    private static void Land(SimObject self, SimulationWorld world)
    {
        self.Stop();
        self.State = ObjectState.Landed;
        self.Removed = true;
        world.Tally.BoatsLanded++;
        world.Tally.PeopleLanded += self.People;
        world.Outcomes.Add(new OutcomeEvent(world.Time, self.Id, BoatOutcome.Landed, self.People, self.Point, OutcomeEvent.LandingPatrol,
            DetectionRecordJson.OutcomeSourcePatrol));
        EndDistress(self, world);
    }

    private void Capsize(SimObject self, SimulationWorld world)
    {
        self.State = ObjectState.Capsized;
        self.RcsSquareMetres = 0.3;
        self.HeightMetres = 0.3;
        _drift = new DriftMotion(LeewayCoefficients.SwampedSkiff, world.Environment.WindSpeedMetresPerSecond, _random);
        world.Tally.Capsizes++;
        StartDistress(self, world, "capsized");

        // People end up in the water in small groups around the hull, each drifting on its own.
        var remaining = self.People;
        var group = 0;
        while (remaining > 0)
        {
            var size = Math.Min(remaining, _random.NextInclusive(1, 8));
            remaining -= size;
            var angle = _random.Uniform(0, 2 * Math.PI);
            var radius = _random.Uniform(5, 40);
            var id = SimulationWorld.PeopleInWaterId(self.Id, ++group);
            var piw = new SimObject(id, ObjectKind.PeopleInWater, self.XMetres + (radius * Math.Sin(angle)), self.YMetres + (radius * Math.Cos(angle)))
            {
                People = size,
                State = ObjectState.InWater,
                RcsSquareMetres = 0.05,
                HeightMetres = 0.3,
                Behaviour = new PeopleInWaterBehaviour(new DriftMotion(LeewayCoefficients.PersonInWater, world.Environment.WindSpeedMetresPerSecond, _random.Fork(id))),
            };
            world.Add(piw);
        }

        self.People = 0;
    }

    private void StartDistress(SimObject self, SimulationWorld world, string reason)
    {
        if (world.Distress.Any(e => e.Boat == self && e.Until is null))
        {
            return;
        }

        world.Distress.Add(new DistressEpisode(self, world.Time, reason));
        if (_plan.RescueWhenInDistress && _rescueAt is null)
        {
            _rescueAt = world.Time + _plan.RescueDelay;
        }
    }

    private static void EndDistress(SimObject self, SimulationWorld world)
    {
        foreach (var episode in world.Distress.Where(e => e.Boat == self && e.Until is null))
        {
            episode.Until = world.Time;
        }
    }

    private static ProjectedPoint Offset(ProjectedPoint point, double gridBearingDegrees, double metres)
    {
        var radians = UnitConversions.DegreesToRadians(gridBearingDegrees);
        return new ProjectedPoint(point.EastingMetres + (metres * Math.Sin(radians)), point.NorthingMetres + (metres * Math.Cos(radians)));
    }
}
