using Entente.Sar.Forcing;

namespace Entente.Sar.Drift;

/// <summary>What moves the particles: the 10 m wind, which makes leeway, and the total surface current.</summary>
/// <param name="Wind">The 10 m wind.</param>
/// <param name="Current">The total surface current (tidal plus wind-driven and residual).</param>
public sealed record DriftForcing(IVectorField Wind, IVectorField Current)
{
    /// <summary>A one-line description, e.g. for an output file.</summary>
    public string Description => $"wind: {Wind.Description}; current: {Current.Description}";
}
