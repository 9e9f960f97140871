using Entente.Core.Positions;

namespace Entente.Sar.Outputs;

/// <summary>
/// The datum at one time: the probability-weighted centre of the particles in the water or on the coast, the spread
/// about it as an ellipse of one standard deviation, and how many have stranded.
/// </summary>
/// <param name="Time">When.</param>
/// <param name="Centroid">The weighted centre.</param>
/// <param name="EastingMetres">The centre's easting, Channel projection.</param>
/// <param name="NorthingMetres">The centre's northing.</param>
/// <param name="SigmaMajorMetres">One standard deviation along the spread's major axis, metres.</param>
/// <param name="SigmaMinorMetres">One standard deviation across it, metres.</param>
/// <param name="MajorAxisBearingDegrees">The bearing of the major axis, degrees true, 0 to 180.</param>
/// <param name="StrandedFraction">The probability on the coast, 0 to 1.</param>
/// <param name="NotDepartedFraction">The probability not yet in the water, 0 to 1.</param>
public sealed record DatumPoint(DateTimeOffset Time, GeoPosition Centroid, double EastingMetres, double NorthingMetres,
    double SigmaMajorMetres, double SigmaMinorMetres, double MajorAxisBearingDegrees, double StrandedFraction, double NotDepartedFraction)
{
    /// <summary>The one-sigma radius of a circle of the same spread, metres: √((σ₁² + σ₂²) / 2).</summary>
    public double SigmaMetres => Math.Sqrt(((SigmaMajorMetres * SigmaMajorMetres) + (SigmaMinorMetres * SigmaMinorMetres)) / 2);
}
