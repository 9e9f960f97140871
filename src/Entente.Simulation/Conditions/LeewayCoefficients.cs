using Entente.Simulation.Randomness;

namespace Entente.Simulation.Conditions;

/// <summary>
/// The leeway of a drifting object (Allen &amp; Plourde 1999; Breivik &amp; Allen 2008): a downwind and a crosswind
/// component, each linear in the 10 m wind speed. Slopes are in percent of the wind speed, offsets in cm/s.
/// </summary>
/// <remarks>Coefficients are the published ones for each category (table in ../shared/reference/sar.md).</remarks>
internal readonly record struct LeewayCoefficients(double DownwindSlopePercent, double DownwindOffsetCentimetresPerSecond, double DownwindSigmaCentimetresPerSecond,
    double CrosswindSlopePercent, double CrosswindOffsetCentimetresPerSecond, double CrosswindSigmaCentimetresPerSecond)
{
    /// <summary>REFUGEE-RAFT-1: a crowded raft with low freeboard, afloat.</summary>
    public static LeewayCoefficients RefugeeRaft => new(1.56, 8.30, 1.53, 0.078, 2.70, 1.52);

    /// <summary>SKIFF-3: a skiff swamped or capsized.</summary>
    public static LeewayCoefficients SwampedSkiff => new(1.65, 0, 3.1, 0.39, 0, 2.9);

    /// <summary>PIW-1: a person in the water, state unknown.</summary>
    public static LeewayCoefficients PersonInWater => new(0.96, 0, 12.0, 0.54, 0, 9.4);

    /// <summary>
    /// Draws one object's own leeway, downwind and crosswind in m/s for a wind speed: the error terms and the side of
    /// downwind (right or left) are drawn once, so each object drifts steadily, as real ones do between jibes.
    /// </summary>
    public (double DownwindMetresPerSecond, double CrosswindMetresPerSecond) Draw(double windMetresPerSecond, SimulationRandom random)
    {
        var side = random.Chance(0.5) ? 1.0 : -1.0;
        var downwind = (DownwindSlopePercent / 100 * windMetresPerSecond) + ((DownwindOffsetCentimetresPerSecond + random.Gaussian(0, DownwindSigmaCentimetresPerSecond)) / 100);
        var crosswind = side * ((CrosswindSlopePercent / 100 * windMetresPerSecond) + ((CrosswindOffsetCentimetresPerSecond + random.Gaussian(0, CrosswindSigmaCentimetresPerSecond)) / 100));
        return (Math.Max(0, downwind), crosswind);
    }
}
