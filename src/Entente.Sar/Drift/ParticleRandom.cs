namespace Entente.Sar.Drift;

/// <summary>
/// One random stream per particle (SplitMix64; Steele, Lea &amp; Flood 2014): each particle's draws depend only on the
/// run's seed and its index, so a run gives the same answer on one core or many.
/// </summary>
internal static class ParticleRandom
{
    public static ulong Initial(ulong seed, int index) => Mix(seed ^ (0x9E3779B97F4A7C15UL * (ulong)(index + 1)));

    /// <summary>A uniform draw in [0, 1), advancing the state.</summary>
    public static double NextUniform(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return (Mix(state) >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>A standard normal draw (Box–Muller; the second value is not kept, for simplicity of the per-particle state).</summary>
    public static double NextGaussian(ref ulong state)
    {
        var u1 = 1.0 - NextUniform(ref state);
        var u2 = NextUniform(ref state);
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
