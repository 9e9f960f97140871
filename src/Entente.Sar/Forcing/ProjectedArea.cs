namespace Entente.Sar.Forcing;

/// <summary>An axis-aligned rectangle in the Channel projection, metres.</summary>
/// <param name="MinEastingMetres">West edge.</param>
/// <param name="MinNorthingMetres">South edge.</param>
/// <param name="MaxEastingMetres">East edge.</param>
/// <param name="MaxNorthingMetres">North edge.</param>
public readonly record struct ProjectedArea(double MinEastingMetres, double MinNorthingMetres, double MaxEastingMetres, double MaxNorthingMetres)
{
    /// <summary>Whether a point lies inside or on the edge.</summary>
    /// <param name="eastingMetres">Easting.</param>
    /// <param name="northingMetres">Northing.</param>
    /// <returns>True when inside.</returns>
    public bool Contains(double eastingMetres, double northingMetres) =>
        eastingMetres >= MinEastingMetres && eastingMetres <= MaxEastingMetres && northingMetres >= MinNorthingMetres && northingMetres <= MaxNorthingMetres;

    /// <summary>Whether another rectangle lies wholly inside this one.</summary>
    /// <param name="other">The other rectangle.</param>
    /// <returns>True when inside.</returns>
    public bool Contains(ProjectedArea other) =>
        Contains(other.MinEastingMetres, other.MinNorthingMetres) && Contains(other.MaxEastingMetres, other.MaxNorthingMetres);
}
