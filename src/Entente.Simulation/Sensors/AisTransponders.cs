using Entente.Core.Projection;
using Entente.Ais.Encoders;
using Entente.Ais.Transponders;
using Entente.Core.Units;
using Entente.Simulation.Output;
using Entente.Simulation.World;

namespace Entente.Simulation.Sensors;

/// <summary>
/// Every ship's AIS transponder, and the shore receivers that hear them. At the start of each step a ship sends what is
/// due: a position report (class A message 1, class B message 18) at the ITU-R M.1371-5 interval for its speed and
/// manoeuvre, and its static data every 6 minutes (message 5, or message 24 parts A and B). Each receiver in range hears
/// each message unless it loses it.
/// </summary>
/// <remarks>
/// Reports carry the truth at the step start, so a report matches the truth record written at the same step. First
/// reports come at a random offset within the first interval, so ships appearing together do not report in lockstep.
/// </remarks>
internal sealed class AisTransponders : ISensorModel
{
    private readonly IReadOnlyList<AisShoreReceiver> _receivers;
    private readonly Dictionary<SimObject, AisTransponderState> _states = [];
    private readonly AisBitWriter _payload = new();

    public AisTransponders(IReadOnlyList<AisShoreReceiver> receivers)
    {
        _receivers = receivers;
    }

    public string Id => "ais";

    public IEnumerable<SensorSite> Sites =>
        _receivers.Select(r => new SensorSite(r.Id, "ais-receiver", ChannelProjection.Unproject(r.Point), r.RangeMetres));

    public void Observe(SimulationWorld world, StepOutput output)
    {
        var time = world.Time;
        var elapsedSeconds = (time - world.Scenario.Start).TotalSeconds;
        var objects = world.Objects;
        for (var i = 0; i < objects.Count; i++)
        {
            var ship = objects[i];
            if (ship.Ais == AisClass.None || ship.Mmsi is not { } mmsi)
            {
                continue;
            }

            if (ship.Removed || !ship.AtSea)
            {
                _states.Remove(ship);
                continue;
            }

            var speedKnots = ship.SpeedKnots;
            var interval = PositionIntervalSeconds(ship, speedKnots);
            if (!_states.TryGetValue(ship, out var state))
            {
                // Its own stream, so that ships coming and going do not change each other's offsets.
                state = new AisTransponderState(world.Random.Fork("ais:transponder:" + ship.Id));
                state.FirstPositionSeconds = elapsedSeconds + StepStartWithin(state, interval, world.StepSeconds);
                state.NextStaticSeconds = elapsedSeconds + StepStartWithin(state, StaticIntervalSeconds(ship), world.StepSeconds);
                _states.Add(ship, state);
            }

            MeasureRateOfTurn(ship, state, elapsedSeconds);
            var positionDue = state.LastPositionSeconds is { } last ? last + interval : state.FirstPositionSeconds;
            if (IsDue(positionDue, elapsedSeconds))
            {
                // Keep the exact schedule unless the ship fell behind it (its interval shortened): then restart from now.
                state.LastPositionSeconds = elapsedSeconds - positionDue < world.StepSeconds ? positionDue : elapsedSeconds;
                SendPosition(ship, mmsi, state, time, output);
            }

            if (IsDue(state.NextStaticSeconds, elapsedSeconds))
            {
                var staticInterval = StaticIntervalSeconds(ship);
                var next = state.NextStaticSeconds + staticInterval;
                state.NextStaticSeconds = next > elapsedSeconds ? next : elapsedSeconds + staticInterval;
                SendStatic(ship, mmsi, state, time, world.Scenario.Start, output);
            }
        }
    }

    /// <summary>A random offset on a step start before <paramref name="intervalSeconds"/>, so that the first report falls
    /// inside its first interval (transmissions happen at step starts only).</summary>
    private static double StepStartWithin(AisTransponderState state, double intervalSeconds, double stepSeconds) =>
        Math.Floor(state.Random.Uniform(0, intervalSeconds) / stepSeconds) * stepSeconds;

    private static bool IsDue(double dueSeconds, double elapsedSeconds) => elapsedSeconds >= dueSeconds - 1e-9;

    private static double PositionIntervalSeconds(SimObject ship, double speedKnots) =>
        (ship.Ais == AisClass.ClassA
            ? ReportingIntervals.ClassAPosition(speedKnots, ship.Turning, ship.State == ObjectState.Stopped)
            : ReportingIntervals.ClassBPosition(speedKnots)).TotalSeconds;

    private static double StaticIntervalSeconds(SimObject ship) =>
        (ship.Ais == AisClass.ClassA ? ReportingIntervals.ClassAStaticData : ReportingIntervals.ClassBStaticData).TotalSeconds;

    /// <summary>
    /// Rate of turn from the heading change since the previous step (course when there is no heading). Grid bearings
    /// serve: the grid's convergence changes by far less than a rate of turn can show over a step, and they spare
    /// projecting the position again every step.
    /// </summary>
    private static void MeasureRateOfTurn(SimObject ship, AisTransponderState state, double elapsedSeconds)
    {
        var moving = ship.VelocityEastMetresPerSecond != 0 || ship.VelocityNorthMetresPerSecond != 0;
        var heading = ship.HeadingGridDegrees
            ?? (moving ? UnitConversions.RadiansToDegrees(Math.Atan2(ship.VelocityEastMetresPerSecond, ship.VelocityNorthMetresPerSecond)) : null);
        var span = elapsedSeconds - state.PreviousHeadingSeconds;
        state.RateOfTurnDegreesPerMinute = heading is { } h && state.PreviousHeadingDegrees is { } previous && span > 0
            ? SignedTurnDegrees(previous, h) / span * 60
            : null;
        state.PreviousHeadingDegrees = heading;
        state.PreviousHeadingSeconds = elapsedSeconds;
    }

    /// <summary>The turn from one heading to another, −180 to 180 degrees, positive to starboard.</summary>
    private static double SignedTurnDegrees(double fromDegrees, double toDegrees)
    {
        var turn = UnitConversions.NormaliseBearingDegrees(toDegrees - fromDegrees);
        return turn > 180 ? turn - 360 : turn;
    }

    private void SendPosition(SimObject ship, int mmsi, AisTransponderState state, DateTimeOffset time, StepOutput output)
    {
        if (ship.Ais == AisClass.ClassA)
        {
            // A steady ship reports 0; a turning one its measured rate, or "not available" before it has one.
            var rate = ship.Turning ? state.RateOfTurnDegreesPerMinute : 0;
            AisMessageEncoder.Write(AisReports.ClassA(ship, mmsi, time, rate), _payload);
        }
        else
        {
            AisMessageEncoder.Write(AisReports.ClassB(ship, mmsi, time), _payload);
        }

        Transmit(ship, state, time, output);
    }

    private void SendStatic(SimObject ship, int mmsi, AisTransponderState state, DateTimeOffset time, DateTimeOffset start, StepOutput output)
    {
        if (ship.Ais == AisClass.ClassA)
        {
            // Bound for the morning after the night begins; without a destination there is no ETA either.
            DateTime? eta = string.IsNullOrWhiteSpace(ship.Destination) ? null : start.UtcDateTime.Date.AddDays(1).AddHours(6);
            AisMessageEncoder.Write(AisReports.Voyage(ship, mmsi, eta), _payload);
            Transmit(ship, state, time, output);
            return;
        }

        AisMessageEncoder.Write(AisReports.PartA(ship, mmsi), _payload);
        Transmit(ship, state, time, output);
        AisMessageEncoder.Write(AisReports.PartB(ship, mmsi), _payload);
        Transmit(ship, state, time, output);
    }

    private void Transmit(SimObject ship, AisTransponderState state, DateTimeOffset time, StepOutput output)
    {
        var channel = state.Transmissions % 2 == 0 ? 'A' : 'B';
        state.Transmissions++;
        var point = ship.Point;
        foreach (var receiver in _receivers)
        {
            receiver.Receive(_payload, channel, time, point, output);
        }
    }
}
