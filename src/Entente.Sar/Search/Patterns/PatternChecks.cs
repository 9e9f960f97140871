using Entente.Core.Projection;

namespace Entente.Sar.Search.Patterns;

/// <summary>Argument checks shared by the pattern builders.</summary>
internal static class PatternChecks
{
    public static void Point(ProjectedPoint point, string name)
    {
        if (!double.IsFinite(point.EastingMetres) || !double.IsFinite(point.NorthingMetres))
        {
            throw new ArgumentOutOfRangeException(name, point, "The point must be finite.");
        }
    }

    public static void Bearing(double degrees, string name)
    {
        if (!double.IsFinite(degrees))
        {
            throw new ArgumentOutOfRangeException(name, degrees, "The bearing must be finite.");
        }
    }

    public static void Positive(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "The value must be finite and above 0.");
        }
    }
}
