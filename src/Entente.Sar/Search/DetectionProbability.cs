namespace Entente.Sar.Search;

/// <summary>Probability of detection (POD) from coverage, by Koopman's detection laws.</summary>
public static class DetectionProbability
{
    private static readonly double HalfSqrtPi = Math.Sqrt(Math.PI) / 2.0;

    /// <summary>Random-search law: POD = 1 − e^(−C) (Koopman; IAMSAR Vol II). C = 2 gives 0.86.</summary>
    /// <param name="coverage">Coverage C, not negative.</param>
    /// <returns>POD, 0 to 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The coverage is negative or not finite.</exception>
    public static double RandomSearch(double coverage) => -double.ExpM1(-Checked(coverage));

    /// <summary>Ideal parallel sweeps (inverse-cube law): POD = erf((√π/2)·C) (Koopman). C = 1 gives 0.79.</summary>
    /// <param name="coverage">Coverage C, not negative.</param>
    /// <returns>POD, 0 to 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The coverage is negative or not finite.</exception>
    public static double IdealSweep(double coverage) => ErrorFunction.Erf(HalfSqrtPi * Checked(coverage));

    /// <summary>POD by the given law.</summary>
    /// <param name="law">The detection law.</param>
    /// <param name="coverage">Coverage C, not negative.</param>
    /// <returns>POD, 0 to 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The coverage is negative or not finite, or the law is unknown.</exception>
    public static double For(DetectionLaw law, double coverage) => law switch
    {
        DetectionLaw.RandomSearch => RandomSearch(coverage),
        DetectionLaw.IdealSweep => IdealSweep(coverage),
        _ => throw new ArgumentOutOfRangeException(nameof(law), law, "Unknown detection law."),
    };

    private static double Checked(double coverage) =>
        double.IsFinite(coverage) && coverage >= 0
            ? coverage
            : throw new ArgumentOutOfRangeException(nameof(coverage), coverage, "The coverage must be finite and not negative.");
}
