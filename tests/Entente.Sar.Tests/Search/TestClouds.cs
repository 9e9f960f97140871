using Entente.Core.Projection;
using Entente.Sar.Particles;

namespace Entente.Sar.Tests.Search;

/// <summary>Particle clouds for the search tests, drawn from a seeded generator so that every run sees the same cloud.</summary>
internal static class TestClouds
{
    public static readonly DateTimeOffset Time = new(2026, 3, 14, 2, 0, 0, TimeSpan.Zero);

    /// <summary>A Gaussian cloud with equal weights, its major axis along a grid bearing.</summary>
    public static ParticleCloud Gaussian(ProjectedPoint centre, double majorSigmaMetres, double minorSigmaMetres, double majorBearingDegrees,
        int count = 4000, int seed = 7)
    {
        var random = new Random(seed);
        var eastings = new double[count];
        var northings = new double[count];
        var weights = new double[count];
        var (sin, cos) = Math.SinCos(majorBearingDegrees * Math.PI / 180);
        for (var i = 0; i < count; i++)
        {
            var along = majorSigmaMetres * Normal(random);
            var across = minorSigmaMetres * Normal(random);
            eastings[i] = centre.EastingMetres + (along * sin) + (across * cos);
            northings[i] = centre.NorthingMetres + (along * cos) - (across * sin);
            weights[i] = 1;
        }

        return new ParticleCloud(Time, eastings, northings, weights);
    }

    /// <summary>A cloud from explicit points and weights.</summary>
    public static ParticleCloud Of(params (double E, double N, double W)[] particles) =>
        new(Time, particles.Select(p => p.E).ToArray(), particles.Select(p => p.N).ToArray(), particles.Select(p => p.W).ToArray());

    private static double Normal(Random random)
    {
        // Box–Muller.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
