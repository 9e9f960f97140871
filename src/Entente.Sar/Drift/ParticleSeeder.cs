using Entente.Core.Projection;
using Entente.Geo.Rasters;
using Entente.Core.Units;
using Entente.Sar.Leeway;

namespace Entente.Sar.Drift;

/// <summary>Draws each particle's place, departure time, scenario, side of downwind and own leeway coefficients.</summary>
internal static class ParticleSeeder
{
    // Enough redraws that a truncation at any sensible slope is met; beyond it the draw is clamped to the limit.
    private const int MaxRedraws = 1_000;

    // Tries to find a place at sea within the seed before accepting one on land.
    private const int MaxLandRedraws = 50;

    public static void Seed(DriftSimulation simulation, DriftSeed seed, IReadOnlyList<DriftScenario> scenarios, ulong randomSeed, double currentSigma, LandRaster? land)
    {
        var count = simulation.Count;
        var centre = ChannelProjection.Project(seed.Centre);
        var end = ChannelProjection.Project(seed.End);
        var totalWeight = scenarios.Sum(s => s.Weight);
        var shares = scenarios.Select(s => s.Weight / totalWeight).ToArray();
        var major = UnitConversions.DegreesToRadians(seed.MajorAxisBearingDegrees);
        var (majorEast, majorNorth) = (Math.Sin(major), Math.Cos(major));
        var scenario = 0;
        var cumulative = shares[0];
        for (var i = 0; i < count; i++)
        {
            // Scenarios take exact shares of the particles, in index order: the proportions do not depend on chance.
            while ((i + 0.5) / count > cumulative && scenario < scenarios.Count - 1)
            {
                scenario++;
                cumulative += shares[scenario];
            }

            var random = ParticleRandom.Initial(randomSeed, i);
            var (x, y, departTicks) = Place(seed, centre, end, (majorEast, majorNorth), ref random);
            // An uncertainty circle that reaches ashore: particles start at sea (the object is in the water), unless
            // the whole seed is on land.
            for (var attempt = 0; land is not null && land.IsLand(x, y) && attempt < MaxLandRedraws; attempt++)
            {
                (x, y, departTicks) = Place(seed, centre, end, (majorEast, majorNorth), ref random);
            }

            var category = scenarios[scenario].Category;
            var downwind = DownwindError(category.Downwind, ref random);
            var right = i % 2 == 0;
            var side = right ? category.RightCrosswind : category.LeftCrosswind;
            var crosswind = ParticleRandom.NextGaussian(ref random) * side.SigmaCentimetresPerSecond;
            var (downwindSlope, downwindOffset) = Coefficients(category.Downwind, downwind);
            var (crossSlope, crossOffset) = Coefficients(side, crosswind);
            // Drawn only when asked for, so that runs without it keep the same random sequence.
            var currentError = currentSigma > 0
                ? (ParticleRandom.NextGaussian(ref random) * currentSigma, ParticleRandom.NextGaussian(ref random) * currentSigma)
                : (0.0, 0.0);

            // The crosswind slope is kept apart from its error term: a jibe reverses the one and keeps the other.
            simulation.SetParticle(i, x, y, 1.0 / count, (byte)scenario, departTicks, right, (downwindSlope, downwindOffset),
                (0.01 * side.SlopePercent, crossSlope - (0.01 * side.SlopePercent), crossOffset), currentError, random);
        }
    }

    private static (double X, double Y, long DepartTicks) Place(DriftSeed seed, ProjectedPoint centre, ProjectedPoint end, (double East, double North) major, ref ulong random)
    {
        var radius = Math.Sqrt(ParticleRandom.NextUniform(ref random));
        var angle = 2 * Math.PI * ParticleRandom.NextUniform(ref random);
        var (u, v) = (radius * Math.Cos(angle), radius * Math.Sin(angle));
        var along = ParticleRandom.NextUniform(ref random);
        return seed.Shape switch
        {
            SeedShape.Ellipse => (centre.EastingMetres + (u * seed.SemiMajorMetres * major.East) + (v * seed.SemiMinorMetres * major.North),
                centre.NorthingMetres + (u * seed.SemiMajorMetres * major.North) - (v * seed.SemiMinorMetres * major.East),
                seed.Time.UtcTicks + (long)(along * (seed.LatestTime - seed.Time).Ticks)),
            SeedShape.Line => (centre.EastingMetres + (along * (end.EastingMetres - centre.EastingMetres)) + (u * seed.RadiusMetres),
                centre.NorthingMetres + (along * (end.NorthingMetres - centre.NorthingMetres)) + (v * seed.RadiusMetres),
                seed.Time.UtcTicks + (long)(along * (seed.EndTime - seed.Time).Ticks)),
            _ => (centre.EastingMetres + (u * seed.RadiusMetres), centre.NorthingMetres + (v * seed.RadiusMetres),
                seed.Time.UtcTicks + (long)(along * (seed.LatestTime - seed.Time).Ticks)),
        };
    }

    // ε_dw = N(0,1)·σ, redrawn until slope + ε/20 ≥ 0: an object never has a negative downwind slope.
    private static double DownwindError(LeewayCoefficients downwind, ref ulong random)
    {
        var limit = -20 * downwind.SlopePercent;
        for (var k = 0; k < MaxRedraws; k++)
        {
            var error = ParticleRandom.NextGaussian(ref random) * downwind.SigmaCentimetresPerSecond;
            if (error >= limit)
            {
                return error;
            }
        }

        return limit;
    }

    // L = 0.01·[(slope + ε/20)·U10 + offset + ε/2] m/s, kept as a slope per m/s of wind and an offset in m/s.
    private static (double Slope, double Offset) Coefficients(LeewayCoefficients coefficients, double error) =>
        (0.01 * (coefficients.SlopePercent + (error / 20)), 0.01 * (coefficients.OffsetCentimetresPerSecond + (error / 2)));
}
