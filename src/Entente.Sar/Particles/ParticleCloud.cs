using Entente.Core.Positions;
using Entente.Core.Projection;

namespace Entente.Sar.Particles;

/// <summary>
/// The particles of a drift at one time: positions in the Channel projection, weights that sum to 1, the scenario each
/// belongs to and its state. What containment, datums and search planning read; a search that finds nothing returns a
/// new cloud with new weights.
/// </summary>
/// <remarks>Immutable: the arrays are copied in and only exposed read-only.</remarks>
public sealed class ParticleCloud
{
    private readonly double[] _eastings;
    private readonly double[] _northings;
    private readonly double[] _weights;
    private readonly byte[] _scenarios;
    private readonly ParticleState[] _states;

    /// <summary>Creates a cloud, normalising the weights.</summary>
    /// <param name="time">When the positions hold.</param>
    /// <param name="eastingsMetres">Eastings, Channel projection.</param>
    /// <param name="northingsMetres">Northings, as many.</param>
    /// <param name="weights">Weights, as many, finite and not negative, not all zero.</param>
    /// <param name="scenarios">The scenario index of each particle, as many; null for all zero.</param>
    /// <param name="states">Each particle's state, as many; null for all drifting.</param>
    /// <exception cref="ArgumentException">The lengths differ, the cloud is empty, or a value is invalid.</exception>
    public ParticleCloud(DateTimeOffset time, ReadOnlySpan<double> eastingsMetres, ReadOnlySpan<double> northingsMetres, ReadOnlySpan<double> weights,
        ReadOnlySpan<byte> scenarios = default, ReadOnlySpan<ParticleState> states = default)
        : this(time, eastingsMetres.ToArray(), northingsMetres.ToArray(), weights.ToArray(),
            scenarios.IsEmpty ? new byte[eastingsMetres.Length] : scenarios.ToArray(),
            states.IsEmpty ? new ParticleState[eastingsMetres.Length] : states.ToArray(), validate: true)
    {
    }

    private ParticleCloud(DateTimeOffset time, double[] eastings, double[] northings, double[] weights, byte[] scenarios, ParticleState[] states, bool validate)
    {
        if (validate)
        {
            var count = eastings.Length;
            if (count == 0)
            {
                throw new ArgumentException("A particle cloud needs at least one particle.", nameof(eastings));
            }

            if (northings.Length != count || weights.Length != count || scenarios.Length != count || states.Length != count)
            {
                throw new ArgumentException("Every particle needs an easting, a northing, a weight, a scenario and a state.", nameof(northings));
            }

            var sum = 0.0;
            for (var i = 0; i < count; i++)
            {
                if (!double.IsFinite(eastings[i]) || !double.IsFinite(northings[i]))
                {
                    throw new ArgumentException($"Particle {i} has a position that is not finite.", nameof(eastings));
                }

                if (!double.IsFinite(weights[i]) || weights[i] < 0)
                {
                    throw new ArgumentException($"Particle {i} has a weight that is negative or not finite.", nameof(weights));
                }

                sum += weights[i];
            }

            if (sum <= 0)
            {
                throw new ArgumentException("The weights sum to zero.", nameof(weights));
            }

            for (var i = 0; i < count; i++)
            {
                weights[i] /= sum;
            }
        }

        Time = time;
        _eastings = eastings;
        _northings = northings;
        _weights = weights;
        _scenarios = scenarios;
        _states = states;
    }

    /// <summary>When the positions hold.</summary>
    public DateTimeOffset Time { get; }

    /// <summary>How many particles.</summary>
    public int Count => _eastings.Length;

    /// <summary>Eastings, Channel projection, metres.</summary>
    public ReadOnlySpan<double> EastingsMetres => _eastings;

    /// <summary>Northings, Channel projection, metres.</summary>
    public ReadOnlySpan<double> NorthingsMetres => _northings;

    /// <summary>Weights, summing to 1.</summary>
    public ReadOnlySpan<double> Weights => _weights;

    /// <summary>The scenario index of each particle.</summary>
    public ReadOnlySpan<byte> Scenarios => _scenarios;

    /// <summary>Each particle's state.</summary>
    public ReadOnlySpan<ParticleState> States => _states;

    /// <summary>One particle's position as latitude and longitude.</summary>
    /// <param name="index">The particle.</param>
    /// <returns>The position.</returns>
    public GeoPosition PositionOf(int index) => ChannelProjection.Unproject(new ProjectedPoint(_eastings[index], _northings[index]));

    /// <summary>The same particles with new weights, normalised (e.g. after a search that found nothing).</summary>
    /// <param name="weights">The new weights, one per particle, finite and not negative, not all zero.</param>
    /// <returns>The new cloud.</returns>
    /// <exception cref="ArgumentException">The weights are invalid.</exception>
    public ParticleCloud WithWeights(ReadOnlySpan<double> weights) =>
        new(Time, _eastings, _northings, weights.ToArray(), _scenarios, _states, validate: true);

    /// <summary>Creates a cloud over arrays the caller gives up, with weights already normalised.</summary>
    internal static ParticleCloud Own(DateTimeOffset time, double[] eastings, double[] northings, double[] weights, byte[] scenarios, ParticleState[] states) =>
        new(time, eastings, northings, weights, scenarios, states, validate: false);
}
