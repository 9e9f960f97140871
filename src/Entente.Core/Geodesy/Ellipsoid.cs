using System.Globalization;

namespace Entente.Core.Geodesy;

/// <summary>
/// An oblate ellipsoid of revolution, defined by its semi-major axis and flattening.
/// </summary>
/// <remarks>
/// Instances are immutable, validated on construction and compared by value. The geodesic and projection code is tuned
/// for Earth-like flattening (about 1/300); other values are accepted but their accuracy is not characterised.
/// </remarks>
public sealed record Ellipsoid
{
    /// <summary>Initialises an ellipsoid.</summary>
    /// <param name="semiMajorAxisMetres">Equatorial radius in metres; finite and positive.</param>
    /// <param name="flattening">Flattening (a - b) / a; finite, in [0, 1). Zero gives a sphere.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range or not finite.</exception>
    public Ellipsoid(double semiMajorAxisMetres, double flattening)
    {
        if (!double.IsFinite(semiMajorAxisMetres) || semiMajorAxisMetres <= 0.0)
        {
            throw new ArgumentOutOfRangeException(nameof(semiMajorAxisMetres), semiMajorAxisMetres,
                "Semi-major axis must be a finite, positive number of metres.");
        }

        if (!double.IsFinite(flattening) || flattening < 0.0 || flattening >= 1.0)
        {
            throw new ArgumentOutOfRangeException(nameof(flattening), flattening,
                "Flattening must be finite and in [0, 1).");
        }

        SemiMajorAxisMetres = semiMajorAxisMetres;
        Flattening = flattening;
        SemiMinorAxisMetres = semiMajorAxisMetres * (1.0 - flattening);
        EccentricitySquared = flattening * (2.0 - flattening);
        SecondEccentricitySquared = EccentricitySquared / ((1.0 - flattening) * (1.0 - flattening));
    }

    /// <summary>The World Geodetic System 1984 ellipsoid: a = 6378137 m, 1/f = 298.257223563.</summary>
    public static Ellipsoid Wgs84 { get; } = FromInverseFlattening(6378137.0, 298.257223563);

    /// <summary>The Geodetic Reference System 1980 ellipsoid: a = 6378137 m, 1/f = 298.257222101.</summary>
    public static Ellipsoid Grs80 { get; } = FromInverseFlattening(6378137.0, 298.257222101);

    /// <summary>Equatorial radius a in metres.</summary>
    public double SemiMajorAxisMetres { get; }

    /// <summary>Flattening f = (a - b) / a.</summary>
    public double Flattening { get; }

    /// <summary>Polar radius b = a(1 - f) in metres.</summary>
    public double SemiMinorAxisMetres { get; }

    /// <summary>First eccentricity squared e² = f(2 - f).</summary>
    public double EccentricitySquared { get; }

    /// <summary>Second eccentricity squared e'² = (a² - b²) / b².</summary>
    public double SecondEccentricitySquared { get; }

    /// <summary>Inverse flattening 1/f; positive infinity for a sphere.</summary>
    public double InverseFlattening => 1.0 / Flattening;

    /// <summary>Creates an ellipsoid from its semi-major axis and inverse flattening, the way datums are usually published.</summary>
    /// <param name="semiMajorAxisMetres">Equatorial radius in metres; finite and positive.</param>
    /// <param name="inverseFlattening">Inverse flattening 1/f; greater than 1, or positive infinity for a sphere.</param>
    /// <returns>The ellipsoid.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range or NaN.</exception>
    public static Ellipsoid FromInverseFlattening(double semiMajorAxisMetres, double inverseFlattening)
    {
        if (double.IsNaN(inverseFlattening) || inverseFlattening <= 1.0)
        {
            throw new ArgumentOutOfRangeException(nameof(inverseFlattening), inverseFlattening,
                "Inverse flattening must be greater than 1 (or positive infinity for a sphere).");
        }

        return new Ellipsoid(semiMajorAxisMetres, 1.0 / inverseFlattening);
    }

    /// <summary>Formats the defining parameters, culture-invariant.</summary>
    /// <returns>Text such as "Ellipsoid { a = 6378137 m, 1/f = 298.257223563 }".</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Ellipsoid {{ a = {SemiMajorAxisMetres:R} m, 1/f = {InverseFlattening:R} }}");
}
