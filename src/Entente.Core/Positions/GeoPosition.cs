using System.Globalization;

namespace Entente.Core.Positions;

/// <summary>
/// A position on the WGS84 ellipsoid in decimal degrees.
/// </summary>
/// <remarks>
/// Latitude is in [-90, 90] and longitude in [-180, 180]; both are finite. Construction through
/// <see cref="FromDegrees"/> or <see cref="TryFromDegrees"/> enforces this, so every instance is valid.
/// This type is an immutable value type and is thread-safe.
/// </remarks>
public readonly record struct GeoPosition
{
    private GeoPosition(double latitudeDegrees, double longitudeDegrees)
    {
        LatitudeDegrees = latitudeDegrees;
        LongitudeDegrees = longitudeDegrees;
    }

    /// <summary>Geodetic latitude in degrees, positive north.</summary>
    public double LatitudeDegrees { get; }

    /// <summary>Longitude in degrees, positive east of Greenwich.</summary>
    public double LongitudeDegrees { get; }

    /// <summary>Creates a validated position.</summary>
    /// <param name="latitudeDegrees">Latitude in degrees, [-90, 90].</param>
    /// <param name="longitudeDegrees">Longitude in degrees, [-180, 180].</param>
    /// <returns>The position.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is out of range or not finite.</exception>
    public static GeoPosition FromDegrees(double latitudeDegrees, double longitudeDegrees)
    {
        if (!IsValidLatitude(latitudeDegrees))
        {
            throw new ArgumentOutOfRangeException(nameof(latitudeDegrees), latitudeDegrees,
                "Latitude must be a finite number of degrees between -90 and 90.");
        }

        if (!IsValidLongitude(longitudeDegrees))
        {
            throw new ArgumentOutOfRangeException(nameof(longitudeDegrees), longitudeDegrees,
                "Longitude must be a finite number of degrees between -180 and 180.");
        }

        return new GeoPosition(latitudeDegrees, longitudeDegrees);
    }

    /// <summary>Creates a position if both coordinates are in range.</summary>
    /// <param name="latitudeDegrees">Latitude in degrees.</param>
    /// <param name="longitudeDegrees">Longitude in degrees.</param>
    /// <param name="position">The position, when valid.</param>
    /// <returns>True when both coordinates are valid.</returns>
    public static bool TryFromDegrees(double latitudeDegrees, double longitudeDegrees, out GeoPosition position)
    {
        if (IsValidLatitude(latitudeDegrees) && IsValidLongitude(longitudeDegrees))
        {
            position = new GeoPosition(latitudeDegrees, longitudeDegrees);
            return true;
        }

        position = default;
        return false;
    }

    /// <summary>Whether a latitude in degrees is finite and in [-90, 90].</summary>
    /// <param name="latitudeDegrees">The latitude.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValidLatitude(double latitudeDegrees) =>
        double.IsFinite(latitudeDegrees) && latitudeDegrees is >= -90.0 and <= 90.0;

    /// <summary>Whether a longitude in degrees is finite and in [-180, 180].</summary>
    /// <param name="longitudeDegrees">The longitude.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValidLongitude(double longitudeDegrees) =>
        double.IsFinite(longitudeDegrees) && longitudeDegrees is >= -180.0 and <= 180.0;

    /// <summary>Formats as "lat, lon" with six decimals, culture-invariant.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{LatitudeDegrees:F6}, {LongitudeDegrees:F6}");
}
