namespace Entente.Core.Geodesy;

/// <summary>
/// Angle helpers that keep exact values where they matter: sin 180° must be 0, not 1.2e-16, or the antipodal and
/// meridional special cases of the geodesic code are never seen.
/// </summary>
internal static class AngleMath
{
    /// <summary>Sine and cosine of an angle in degrees, exact at multiples of 90°.</summary>
    /// <param name="degrees">A finite angle in degrees.</param>
    /// <returns>The sine and cosine.</returns>
    public static (double Sin, double Cos) SinCosDegrees(double degrees)
    {
        // Reduce to [-45, 45] plus a quadrant first: the reduction is exact in binary floating point.
        var remainder = Math.IEEERemainder(degrees, 90.0);
        var quadrant = (int)Math.Round((degrees - remainder) / 90.0) & 3;
        var (s, c) = Math.SinCos(remainder * (Math.PI / 180.0));
        var (sin, cos) = quadrant switch
        {
            0 => (s, c),
            1 => (c, -s),
            2 => (-s, -c),
            _ => (-c, s),
        };

        // Turn -0 into +0 so callers see clean signs.
        return (sin + 0.0, cos + 0.0);
    }

    /// <summary>The difference <paramref name="toDegrees"/> - <paramref name="fromDegrees"/> reduced to [-180, 180].</summary>
    /// <param name="fromDegrees">The first longitude in degrees.</param>
    /// <param name="toDegrees">The second longitude in degrees.</param>
    /// <returns>The signed difference; exactly ±180 for opposite meridians.</returns>
    public static double LongitudeDifferenceDegrees(double fromDegrees, double toDegrees) =>
        Math.IEEERemainder(toDegrees - fromDegrees, 360.0);

    /// <summary>Reduces a longitude to [-180, 180].</summary>
    /// <param name="degrees">A finite longitude in degrees.</param>
    /// <returns>The equivalent longitude.</returns>
    public static double NormaliseLongitudeDegrees(double degrees) => Math.IEEERemainder(degrees, 360.0) + 0.0;

    /// <summary>Clamps a latitude that rounding has pushed a hair beyond a pole.</summary>
    /// <param name="degrees">A latitude in degrees.</param>
    /// <returns>The latitude in [-90, 90].</returns>
    public static double ClampLatitudeDegrees(double degrees) => Math.Clamp(degrees, -90.0, 90.0);
}
