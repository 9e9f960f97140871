using System.Text;

namespace Entente.Simulation.Randomness;

/// <summary>
/// A seeded pseudo-random stream (xoshiro256**, seeded through SplitMix64) whose sequence is fixed by this code, not by
/// the runtime, so that a scenario and seed give the same night on every machine and .NET version.
/// </summary>
/// <remarks>
/// Each part of the simulation forks its own stream by name (<see cref="Fork"/>), so that adding a sensor or a boat
/// does not change what every other part draws.
/// </remarks>
internal sealed class SimulationRandom
{
    private readonly ulong _seed;
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;
    private double? _spareGaussian;

    public SimulationRandom(ulong seed)
    {
        _seed = seed;
        var sm = seed;
        _s0 = SplitMix(ref sm);
        _s1 = SplitMix(ref sm);
        _s2 = SplitMix(ref sm);
        _s3 = SplitMix(ref sm);
    }

    /// <summary>An independent stream for a named part, derived from this stream's seed and the name only.</summary>
    public SimulationRandom Fork(string name)
    {
        // FNV-1a over the UTF-8 name: stable across runs, unlike string.GetHashCode.
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return new SimulationRandom(_seed ^ (hash * 0x9E3779B97F4A7C15UL));
    }

    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [min, max).</summary>
    public double Uniform(double min, double max) => min + ((max - min) * NextDouble());

    /// <summary>Uniform integer in [0, count).</summary>
    public int NextIndex(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return (int)(NextDouble() * count);
    }

    /// <summary>Uniform integer in [min, max] inclusive.</summary>
    public int NextInclusive(int min, int max) => min + NextIndex(max - min + 1);

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Standard normal (Box–Muller, polar form).</summary>
    public double Gaussian()
    {
        if (_spareGaussian is { } spare)
        {
            _spareGaussian = null;
            return spare;
        }

        double u;
        double v;
        double s;
        do
        {
            u = (2 * NextDouble()) - 1;
            v = (2 * NextDouble()) - 1;
            s = (u * u) + (v * v);
        }
        while (s >= 1 || s == 0);

        var factor = Math.Sqrt(-2 * Math.Log(s) / s);
        _spareGaussian = v * factor;
        return u * factor;
    }

    /// <summary>Normal with a mean and standard deviation.</summary>
    public double Gaussian(double mean, double sigma) => mean + (sigma * Gaussian());

    /// <summary>Exponential with a mean.</summary>
    public double Exponential(double mean) => -mean * Math.Log(1 - NextDouble());

    /// <summary>Poisson with a mean (Knuth for small means, a rounded normal for large ones).</summary>
    public int Poisson(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 50)
        {
            return Math.Max(0, (int)Math.Round(Gaussian(mean, Math.Sqrt(mean))));
        }

        var limit = Math.Exp(-mean);
        var k = 0;
        var p = NextDouble();
        while (p > limit)
        {
            k++;
            p *= NextDouble();
        }

        return k;
    }

    /// <summary>Log-uniform in [min, max]: as likely to be 200–400 as 2,000–4,000.</summary>
    public double LogUniform(double min, double max) => Math.Exp(Uniform(Math.Log(min), Math.Log(max)));

    /// <summary>A lower-case hexadecimal token of <paramref name="characters"/> characters.</summary>
    public string Token(int characters)
    {
        const string digits = "0123456789abcdef";
        var chars = new char[characters];
        for (var i = 0; i < characters; i++)
        {
            chars[i] = digits[NextIndex(16)];
        }

        return new string(chars);
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
