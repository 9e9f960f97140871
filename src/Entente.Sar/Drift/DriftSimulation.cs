using Entente.Geo.Rasters;
using Entente.Sar.Forcing;
using Entente.Sar.Outputs;
using Entente.Sar.Particles;

namespace Entente.Sar.Drift;

/// <summary>
/// The leeway Monte Carlo (Allen &amp; Plourde 1999; Breivik &amp; Allen 2008) as a stepping engine: particles seeded from
/// the <see cref="DriftSeed"/>, each with its own leeway drawn once from its scenario's category, moved each step by
/// leeway plus the total surface current, jibing between right and left of downwind, optionally capsizing, stranding on
/// the coast.
/// </summary>
/// <remarks>
/// <para>Per particle, drawn at seeding: ε_dw = N(0,1)·σ_dw, redrawn until slope_dw + ε_dw/20 ≥ 0, and one standard
/// normal for crosswind scaled by each side's σ. Each step: L_dw = 0.01·[(slope + ε/20)·U10 + offset + ε/2] m/s along
/// the wind's heading, L_cw likewise at right angles with the coefficients of the particle's side (half start right of
/// downwind, half left); so at U10 = 10 m/s the perturbation is ε itself. Jibing is a Poisson process:
/// p = 1 − exp(−λΔt), λ = −ln(1 − P_hour)/3600 s; a jibe reverses the sign of the crosswind slope and keeps the offset
/// and the object's own error, as the operational implementation does (its published statistics are the test vectors:
/// swapping every coefficient to the other side instead reduces the mean |crosswind| of an offset-dominated category,
/// such as REFUGEE-RAFT-1, about 5% more).</para>
/// <para>Memory is a fixed set of arrays per particle; nothing grows with the number of steps. State is arrays of
/// structures-of-values so that a step is one pass over memory, split across cores in chunks; each particle has its own
/// random stream, so results do not depend on the number of cores. Not thread-safe: one caller steps it.</para>
/// </remarks>
public sealed class DriftSimulation
{
    // Large enough to amortise a forcing sample, small enough to share between two cores evenly.
    private const int ChunkSize = 8_192;
    private const double CapsizedLeewayFactor = 0.4;

    private readonly DriftForcing _forcing;
    private readonly DriftOptions _options;
    private readonly LandRaster? _land;
    private readonly int _count;
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly double[] _weights;
    private readonly byte[] _scenario;
    private readonly ParticleState[] _state;
    private readonly long[] _departTicks;
    private readonly double[] _downwindSlope;
    private readonly double[] _downwindOffset;
    private readonly double[] _crossSlope;
    private readonly double[] _crossSlopeError;
    private readonly double[] _crossOffset;
    private readonly bool[] _rightOfDownwind;
    private readonly bool[] _capsized;
    private readonly ulong[] _random;
    private readonly double[] _windEast;
    private readonly double[] _windNorth;
    private readonly double[] _currentEast;
    private readonly double[] _currentNorth;
    private readonly double[] _currentErrorEast;
    private readonly double[] _currentErrorNorth;
    private readonly double _jibeRatePerSecond;
    private readonly double _sign;

    /// <summary>Seeds a drift.</summary>
    /// <param name="seed">Where and when the object went into the water (or, backward, where it was found).</param>
    /// <param name="scenarios">What may be drifting, weighted; at most 255.</param>
    /// <param name="forcing">Wind and current.</param>
    /// <param name="options">Run options.</param>
    /// <param name="land">Land to strand on; null for open water everywhere.</param>
    /// <exception cref="ArgumentException">No scenarios, too many, or a backward run from a seed spread in time.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public DriftSimulation(DriftSeed seed, IReadOnlyList<DriftScenario> scenarios, DriftForcing forcing, DriftOptions options, LandRaster? land)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(forcing);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (scenarios.Count is 0 or > byte.MaxValue)
        {
            throw new ArgumentException("A drift needs 1 to 255 scenarios.", nameof(scenarios));
        }

        if (options.Direction == DriftDirection.Backward && seed.LatestTime != seed.Time)
        {
            throw new ArgumentException("A backward drift starts from one time: give a seed without a window or a line in time.", nameof(seed));
        }

        Seed = seed;
        Scenarios = scenarios;
        _forcing = forcing;
        _options = options;
        _land = options.Strand ? land : null;
        _sign = options.Direction == DriftDirection.Forward ? 1 : -1;
        _jibeRatePerSecond = -Math.Log(1 - options.JibeProbabilityPerHour) / 3600;
        _count = options.Particles;
        _x = new double[_count];
        _y = new double[_count];
        _weights = new double[_count];
        _scenario = new byte[_count];
        _state = new ParticleState[_count];
        _departTicks = new long[_count];
        _downwindSlope = new double[_count];
        _downwindOffset = new double[_count];
        _crossSlope = new double[_count];
        _crossSlopeError = new double[_count];
        _crossOffset = new double[_count];
        _rightOfDownwind = new bool[_count];
        _capsized = new bool[_count];
        _random = new ulong[_count];
        _windEast = new double[_count];
        _windNorth = new double[_count];
        _currentEast = new double[_count];
        _currentNorth = new double[_count];
        _currentErrorEast = new double[_count];
        _currentErrorNorth = new double[_count];
        Time = seed.Time;
        ParticleSeeder.Seed(this, seed, scenarios, options.RandomSeed, options.CurrentUncertaintyMetresPerSecond, _land);
    }

    /// <summary>The seed.</summary>
    public DriftSeed Seed { get; }

    /// <summary>The scenarios, in the order of the particles' scenario indexes.</summary>
    public IReadOnlyList<DriftScenario> Scenarios { get; }

    /// <summary>The time the particles are at.</summary>
    public DateTimeOffset Time { get; private set; }

    /// <summary>The number of particles.</summary>
    public int Count => _count;

    /// <summary>Particle-steps taken so far (particles × steps).</summary>
    public long ParticleSteps { get; private set; }

    /// <summary>The run's direction.</summary>
    public DriftDirection Direction => _options.Direction;

    /// <summary>Moves every particle to a time, in steps no longer than the option's step (the last may be shorter).</summary>
    /// <param name="target">The time: after <see cref="Time"/> for a forward run, before it for a backward one.</param>
    /// <exception cref="ArgumentOutOfRangeException">The target is the wrong way in time.</exception>
    public void StepTo(DateTimeOffset target)
    {
        if ((target - Time).Ticks * _sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, $"A {_options.Direction.ToString().ToLowerInvariant()} drift cannot step to {target:O} from {Time:O}.");
        }

        while (Time != target)
        {
            var remaining = (target - Time).Duration();
            var step = remaining < _options.Step ? remaining : _options.Step;
            StepBy(step);
        }
    }

    /// <summary>The particles now.</summary>
    /// <returns>A snapshot that later steps do not change.</returns>
    public ParticleCloud Snapshot() =>
        ParticleCloud.Own(Time, (double[])_x.Clone(), (double[])_y.Clone(), (double[])_weights.Clone(), (byte[])_scenario.Clone(), (ParticleState[])_state.Clone());

    /// <summary>The datum now: the weighted centre and spread of the particles, without copying them.</summary>
    /// <returns>The datum.</returns>
    public DatumPoint Datum() => DatumEstimator.Estimate(Time, _x, _y, _weights, _state);

    /// <summary>Takes new weights from a cloud of these particles, e.g. after a search that found nothing.</summary>
    /// <param name="cloud">A cloud of the same particles (same count).</param>
    /// <exception cref="ArgumentException">The cloud has a different number of particles.</exception>
    public void Reweight(ParticleCloud cloud)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        if (cloud.Count != _count)
        {
            throw new ArgumentException($"The cloud has {cloud.Count} particles; this drift has {_count}.", nameof(cloud));
        }

        cloud.Weights.CopyTo(_weights);
    }

    internal void SetParticle(int index, double x, double y, double weight, byte scenario, long departTicks, bool right,
        (double Slope, double Offset) downwind, (double Slope, double SlopeError, double Offset) crosswind, (double East, double North) currentError, ulong random)
    {
        _x[index] = x;
        _y[index] = y;
        _weights[index] = weight;
        _scenario[index] = scenario;
        _departTicks[index] = departTicks;
        _state[index] = departTicks > Time.UtcTicks ? ParticleState.NotDeparted : ParticleState.Drifting;
        _rightOfDownwind[index] = right;
        (_downwindSlope[index], _downwindOffset[index]) = downwind;
        (_crossSlope[index], _crossSlopeError[index], _crossOffset[index]) = crosswind;
        (_currentErrorEast[index], _currentErrorNorth[index]) = currentError;
        _random[index] = random;
    }

    internal ProjectedArea Bounds()
    {
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        for (var i = 0; i < _count; i++)
        {
            (minX, maxX) = (Math.Min(minX, _x[i]), Math.Max(maxX, _x[i]));
            (minY, maxY) = (Math.Min(minY, _y[i]), Math.Max(maxY, _y[i]));
        }

        return new ProjectedArea(minX, minY, maxX, maxY);
    }

    private void StepBy(TimeSpan step)
    {
        var seconds = step.TotalSeconds;
        var start = Time;
        var end = Time + (step * _sign);
        // Forcing at the middle of the step in time: exact for a field that varies linearly in time.
        var middle = Time + (step * _sign / 2);
        var context = new StepContext(start.UtcTicks, end.UtcTicks, seconds, middle, 1 - Math.Exp(-_jibeRatePerSecond * seconds));
        var chunks = (_count + ChunkSize - 1) / ChunkSize;
        if (chunks == 1)
        {
            StepChunk(0, context);
        }
        else
        {
            Parallel.For(0, chunks, chunk => StepChunk(chunk, context));
        }

        Time = end;
        ParticleSteps += _count;
    }

    private void StepChunk(int chunk, StepContext context)
    {
        var from = chunk * ChunkSize;
        var length = Math.Min(ChunkSize, _count - from);
        _forcing.Wind.Sample(context.Middle, _x.AsSpan(from, length), _y.AsSpan(from, length), _windEast.AsSpan(from, length), _windNorth.AsSpan(from, length));
        _forcing.Current.Sample(context.Middle, _x.AsSpan(from, length), _y.AsSpan(from, length), _currentEast.AsSpan(from, length), _currentNorth.AsSpan(from, length));
        var maxSpeed = _options.MaxSpeedMetresPerSecond;
        for (var i = from; i < from + length; i++)
        {
            var state = _state[i];
            if (state == ParticleState.Stranded)
            {
                continue;
            }

            var seconds = context.Seconds;
            if (state == ParticleState.NotDeparted)
            {
                // Departs during this step: it drifts only for the part of the step after its departure.
                var depart = _departTicks[i];
                if (depart > context.EndTicks)
                {
                    continue;
                }

                _state[i] = ParticleState.Drifting;
                seconds = TimeSpan.FromTicks(context.EndTicks - Math.Max(depart, context.StartTicks)).TotalSeconds;
            }

            var (windEast, windNorth) = (_windEast[i], _windNorth[i]);
            var wind = Math.Sqrt((windEast * windEast) + (windNorth * windNorth));
            double velocityEast = _currentEast[i] + _currentErrorEast[i], velocityNorth = _currentNorth[i] + _currentErrorNorth[i];
            if (wind > 0)
            {
                // Downwind is where the wind blows toward; right of downwind is that turned 90° clockwise.
                var (downEast, downNorth) = (windEast / wind, windNorth / wind);
                var downwind = (_downwindSlope[i] * wind) + _downwindOffset[i];
                var crosswind = ((_crossSlope[i] + _crossSlopeError[i]) * wind) + _crossOffset[i];
                var factor = _capsized[i] ? CapsizedLeewayFactor : 1.0;
                velocityEast += factor * ((downwind * downEast) + (crosswind * downNorth));
                velocityNorth += factor * ((downwind * downNorth) - (crosswind * downEast));
            }

            var speed = Math.Sqrt((velocityEast * velocityEast) + (velocityNorth * velocityNorth));
            if (speed > maxSpeed)
            {
                velocityEast *= maxSpeed / speed;
                velocityNorth *= maxSpeed / speed;
            }

            var displacement = seconds * _sign;
            var x = _x[i] + (velocityEast * displacement);
            var y = _y[i] + (velocityNorth * displacement);
            if (_land is not null && _land.IsLand(x, y))
            {
                (x, y) = CoastPoint(_x[i], _y[i], x, y);
                _state[i] = ParticleState.Stranded;
            }

            _x[i] = x;
            _y[i] = y;
            ref var random = ref _random[i];
            if (ParticleRandom.NextUniform(ref random) < (seconds == context.Seconds ? context.JibeProbability : 1 - Math.Exp(-_jibeRatePerSecond * seconds)))
            {
                _rightOfDownwind[i] = !_rightOfDownwind[i];
                _crossSlope[i] = -_crossSlope[i];
            }

            if (_options.Capsize && !_capsized[i] && ParticleRandom.NextUniform(ref random) < CapsizeProbability(wind, seconds))
            {
                _capsized[i] = true;
            }
        }
    }

    // Bisects the step's last leg to the coast to about a tenth of a land cell, keeping the point at sea.
    private (double X, double Y) CoastPoint(double seaX, double seaY, double landX, double landY)
    {
        for (var k = 0; k < 12; k++)
        {
            var (midX, midY) = ((seaX + landX) / 2, (seaY + landY) / 2);
            if (_land!.IsLand(midX, midY))
            {
                (landX, landY) = (midX, midY);
            }
            else
            {
                (seaX, seaY) = (midX, midY);
            }
        }

        return (seaX, seaY);
    }

    // Per hour P = 0.5 + 0.5·tanh((U10 − 30)/5), turned into the probability over the step.
    private static double CapsizeProbability(double windMetresPerSecond, double seconds)
    {
        var perHour = 0.5 + (0.5 * Math.Tanh((windMetresPerSecond - 30) / 5));
        return perHour >= 1 ? 1 : 1 - Math.Pow(1 - perHour, seconds / 3600);
    }

    private readonly record struct StepContext(long StartTicks, long EndTicks, double Seconds, DateTimeOffset Middle, double JibeProbability);
}
