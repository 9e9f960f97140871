namespace Entente.Core.Tests.Geodesy;

/// <summary>Angle helpers for assertions.</summary>
internal static class Angles
{
    /// <summary>Degrees from degrees, minutes and seconds; the sign of <paramref name="degrees"/> applies to all three.</summary>
    public static double FromDms(double degrees, double minutes, double seconds)
    {
        var magnitude = Math.Abs(degrees) + (minutes / 60.0) + (seconds / 3600.0);
        return degrees < 0 ? -magnitude : magnitude;
    }

    /// <summary>Smallest absolute difference between two bearings in degrees, allowing for wrap-around at 360.</summary>
    public static double BearingDifference(double a, double b) => Math.Abs(Math.IEEERemainder(a - b, 360.0));
}
