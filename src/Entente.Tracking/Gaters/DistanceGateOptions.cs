namespace Entente.Tracking.Gaters;

/// <summary>The settings of the distance gaters (<see cref="SpatialGridGater"/>, <see cref="AllPairsGater"/>).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record DistanceGateOptions
{
    /// <summary>The most a detection can be from its track's extrapolated position, metres: wider than any true error
    /// (a radar plot's cross-range error at 40 km is about 200 m; a distress call's position can be kilometres off, so
    /// reports are gated by the χ² test only, beyond this distance plus three of their sigmas).</summary>
    public double CoarseGateMetres { get; init; } = 1_500;

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        if (!double.IsFinite(CoarseGateMetres) || CoarseGateMetres <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(CoarseGateMetres), CoarseGateMetres, "The coarse gate must be a positive number of metres.");
        }
    }

    /// <summary>The gate for one detection: the coarse gate widened by three of the detection's own sigmas.</summary>
    /// <param name="sigmaMetres">The detection's one-sigma error.</param>
    /// <returns>Metres.</returns>
    public double ReachMetres(double sigmaMetres) => CoarseGateMetres + (3 * sigmaMetres);
}
