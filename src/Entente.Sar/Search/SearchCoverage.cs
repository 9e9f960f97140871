using Entente.Core.Units;

namespace Entente.Sar.Search;

/// <summary>Search effort and coverage (IAMSAR Vol II; Koopman).</summary>
public static class SearchCoverage
{
    /// <summary>Coverage of parallel tracks: C = W/S.</summary>
    /// <param name="sweepWidthMetres">Effective sweep width W, metres, above 0.</param>
    /// <param name="trackSpacingMetres">Track spacing S, metres, above 0.</param>
    /// <returns>The coverage.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is not positive and finite.</exception>
    public static double ParallelTracks(double sweepWidthMetres, double trackSpacingMetres) =>
        Positive(sweepWidthMetres, nameof(sweepWidthMetres)) / Positive(trackSpacingMetres, nameof(trackSpacingMetres));

    /// <summary>Search effort Z = V·T·W, square metres.</summary>
    /// <param name="speedKnots">Search speed V, knots, not negative.</param>
    /// <param name="hours">Time on task T, hours, not negative.</param>
    /// <param name="sweepWidthMetres">Effective sweep width W, metres, not negative.</param>
    /// <returns>The effort, square metres.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or not finite.</exception>
    public static double EffortSquareMetres(double speedKnots, double hours, double sweepWidthMetres) =>
        UnitConversions.KnotsToMetresPerSecond(NotNegative(speedKnots, nameof(speedKnots))) * NotNegative(hours, nameof(hours)) * 3600.0
            * NotNegative(sweepWidthMetres, nameof(sweepWidthMetres));

    /// <summary>Coverage of an area by an effort: C = Z/A.</summary>
    /// <param name="effortSquareMetres">Effort Z, square metres, not negative.</param>
    /// <param name="areaSquareMetres">Area A, square metres, above 0.</param>
    /// <returns>The coverage.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static double FromEffort(double effortSquareMetres, double areaSquareMetres) =>
        NotNegative(effortSquareMetres, nameof(effortSquareMetres)) / Positive(areaSquareMetres, nameof(areaSquareMetres));

    /// <summary>Time needed to cover an area with parallel tracks: T = A/(V·S), hours.</summary>
    /// <param name="areaSquareMetres">Area A, square metres, not negative.</param>
    /// <param name="speedKnots">Search speed V, knots, above 0.</param>
    /// <param name="trackSpacingMetres">Track spacing S, metres, above 0.</param>
    /// <returns>Hours.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static double HoursNeeded(double areaSquareMetres, double speedKnots, double trackSpacingMetres) =>
        NotNegative(areaSquareMetres, nameof(areaSquareMetres))
            / (UnitConversions.KnotsToMetresPerSecond(Positive(speedKnots, nameof(speedKnots))) * Positive(trackSpacingMetres, nameof(trackSpacingMetres)))
            / 3600.0;

    private static double Positive(double value, string name) =>
        double.IsFinite(value) && value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, "The value must be finite and above 0.");

    private static double NotNegative(double value, string name) =>
        double.IsFinite(value) && value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, "The value must be finite and not negative.");
}
