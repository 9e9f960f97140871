using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Entente.Tracking.Types;

/// <summary>
/// An interacting multiple model estimate: one Gaussian per motion mode, all at the same time, and the probability that
/// the target is in each mode. What gating, deletion and output read is the moment-matched single Gaussian.
/// </summary>
/// <remarks>This type is immutable and thread-safe: the combined Gaussian is computed on first use and cached, and two
/// threads that race to compute it get equal values.</remarks>
public sealed class ImmState : IStateEstimate
{
    private const double ProbabilitySumTolerance = 1e-9;

    private readonly GaussianState[] _modes;
    private readonly double[] _modeProbabilities;
    private GaussianState? _gaussian;

    /// <summary>Creates the estimate (the lists are copied).</summary>
    /// <param name="modes">One Gaussian per mode, all at the same time and of the same dimension; at least one.</param>
    /// <param name="modeProbabilities">The probability of each mode, in the same order: finite, non-negative and
    /// summing to one within 1e-9.</param>
    /// <exception cref="ArgumentException">The modes are empty, differ in time or dimension, or the probabilities do
    /// not match them in number or do not sum to one.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A probability is negative or not finite.</exception>
    public ImmState(IReadOnlyList<GaussianState> modes, IReadOnlyList<double> modeProbabilities)
        : this([.. modes ?? throw new ArgumentNullException(nameof(modes))],
            [.. modeProbabilities ?? throw new ArgumentNullException(nameof(modeProbabilities))])
    {
    }

    // Takes ownership of the arrays: only for callers that built them and never touch them again.
    private ImmState(GaussianState[] modes, double[] modeProbabilities)
    {
        Validate(modes, modeProbabilities);
        _modes = modes;
        _modeProbabilities = modeProbabilities;
    }

    /// <summary>The per-mode estimates.</summary>
    public ImmutableArray<GaussianState> Modes => ImmutableCollectionsMarshal.AsImmutableArray(_modes);

    /// <summary>The mode probabilities, in the order of <see cref="Modes"/>.</summary>
    public ImmutableArray<double> ModeProbabilities => ImmutableCollectionsMarshal.AsImmutableArray(_modeProbabilities);

    /// <summary>The number of modes.</summary>
    public int ModeCount => _modes.Length;

    /// <inheritdoc />
    public DateTimeOffset Time => _modes[0].Time;

    /// <summary>The moment-matched combination: mean Σμᵢ·xᵢ, covariance Σμᵢ·(Pᵢ + (xᵢ − x̄)(xᵢ − x̄)ᵀ).</summary>
    public GaussianState Gaussian => _gaussian ??= MixtureMoments.Combine(_modes, _modeProbabilities, Time);

    /// <summary>Wraps arrays the caller built and hands over, without copying them.</summary>
    internal static ImmState Own(GaussianState[] modes, double[] modeProbabilities) => new(modes, modeProbabilities);

    internal ReadOnlySpan<GaussianState> ModeSpan => _modes;

    internal ReadOnlySpan<double> ProbabilitySpan => _modeProbabilities;

    private static void Validate(GaussianState[] modes, double[] modeProbabilities)
    {
        if (modes.Length == 0)
        {
            throw new ArgumentException("An IMM estimate needs at least one mode.", nameof(modes));
        }

        if (modeProbabilities.Length != modes.Length)
        {
            var message = $"{modeProbabilities.Length} mode probabilities for {modes.Length} modes.";
            throw new ArgumentException(message, nameof(modeProbabilities));
        }

        var time = modes[0]?.Time;
        var dimensions = modes[0]?.Mean.Rows;
        var sum = 0.0;
        for (var i = 0; i < modes.Length; i++)
        {
            var mode = modes[i] ?? throw new ArgumentException($"Mode {i} is null.", nameof(modes));
            if (mode.Time != time || mode.Mean.Rows != dimensions)
            {
                throw new ArgumentException($"Mode {i} differs from mode 0 in time or dimension.", nameof(modes));
            }

            var p = modeProbabilities[i];
            if (!double.IsFinite(p) || p < 0)
            {
                var message = $"Mode probability {i} must be finite and non-negative.";
                throw new ArgumentOutOfRangeException(nameof(modeProbabilities), p, message);
            }

            sum += p;
        }

        if (Math.Abs(sum - 1) > ProbabilitySumTolerance)
        {
            throw new ArgumentException($"Mode probabilities sum to {sum}, not 1.", nameof(modeProbabilities));
        }
    }
}
