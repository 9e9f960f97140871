namespace Entente.Geo.Geography;

/// <summary>A position in configuration ("Geography:SarBoundary:0:LatitudeDegrees" and so on).</summary>
public sealed record CoordinateOption
{
    /// <summary>Latitude, degrees north.</summary>
    public double LatitudeDegrees { get; init; }

    /// <summary>Longitude, degrees east.</summary>
    public double LongitudeDegrees { get; init; }
}
