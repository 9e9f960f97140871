using System.Collections.Immutable;
using Entente.Tracking.Types;

namespace Entente.Tracking.Predictors;

/// <summary>
/// How a target switches between motion modes, in continuous time: it stays in mode i for an exponentially
/// distributed time with mean τᵢ, so over an interval Δt it leaves with probability 1 − exp(−|Δt|/τᵢ), to each other
/// mode alike. In the long run it spends the fraction τᵢ/Στ of its time in mode i.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ModeSwitching
{
    /// <summary>Creates the description.</summary>
    /// <param name="meanSojourns">The mean time spent in each mode before leaving it; at least one, all positive.</param>
    /// <exception cref="ArgumentException">There are no modes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A sojourn is not positive.</exception>
    public ModeSwitching(IReadOnlyList<TimeSpan> meanSojourns)
    {
        ArgumentNullException.ThrowIfNull(meanSojourns);
        if (meanSojourns.Count == 0)
        {
            throw new ArgumentException("Mode switching needs at least one mode.", nameof(meanSojourns));
        }

        var total = TimeSpan.Zero;
        foreach (var sojourn in meanSojourns)
        {
            if (sojourn <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(meanSojourns), sojourn, "Mean sojourn times must be positive.");
            }

            total += sojourn;
        }

        MeanSojourns = [.. meanSojourns];
        StationaryProbabilities = [.. meanSojourns.Select(sojourn => sojourn / total)];
    }

    /// <summary>The mean time spent in each mode before leaving it.</summary>
    public ImmutableArray<TimeSpan> MeanSojourns { get; }

    /// <summary>The long-run fraction of time in each mode, τᵢ/Στ: where a new track starts.</summary>
    public ImmutableArray<double> StationaryProbabilities { get; }

    /// <summary>The number of modes.</summary>
    public int ModeCount => MeanSojourns.Length;

    /// <summary>The probability of each mode switch over an interval.</summary>
    /// <param name="interval">The interval; its magnitude is used, so that retrodiction mixes as much as prediction.</param>
    /// <returns>Π, n×n: row i from mode i, column j to mode j; each row sums to one.</returns>
    public Matrix Transition(TimeSpan interval)
    {
        var n = ModeCount;
        var seconds = Math.Abs(interval.TotalSeconds);
        var values = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            // −expm1 keeps the leaving probability accurate over intervals much shorter than the sojourn.
            var leaving = n == 1 ? 0 : -double.ExpM1(-seconds / MeanSojourns[i].TotalSeconds);
            for (var j = 0; j < n; j++)
            {
                values[i, j] = i == j ? 1 - leaving : leaving / (n - 1);
            }
        }

        return Matrix.From(values);
    }
}
