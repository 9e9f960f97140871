namespace Entente.Tracking.Hypothesisers;

/// <summary>Upper quantiles of the χ² distribution for 1–4 degrees of freedom (from the standard tables), enough for
/// every measurement the tracker takes: range–bearing and positions (2), AIS position and velocity (4).</summary>
internal static class ChiSquareGate
{
    private static readonly double[] P90 = [2.706, 4.605, 6.251, 7.779];
    private static readonly double[] P95 = [3.841, 5.991, 7.815, 9.488];
    private static readonly double[] P99 = [6.635, 9.210, 11.345, 13.277];
    private static readonly double[] P999 = [10.828, 13.816, 16.266, 18.467];
    private static readonly double[] P9999 = [15.137, 18.421, 21.108, 23.513];

    /// <summary>The threshold that a χ² variable with the given degrees of freedom stays below with the given probability.</summary>
    /// <param name="probability">0.9, 0.95, 0.99, 0.999 or 0.9999.</param>
    /// <param name="dimensions">1 to 4.</param>
    /// <returns>The threshold.</returns>
    public static double Threshold(double probability, int dimensions)
    {
        if (dimensions is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(dimensions), dimensions, "Measurements have one to four dimensions.");
        }

        var table = probability switch
        {
            0.9 => P90,
            0.95 => P95,
            0.99 => P99,
            0.999 => P999,
            0.9999 => P9999,
            _ => throw new ArgumentOutOfRangeException(nameof(probability), probability, "No table for this probability."),
        };
        return table[dimensions - 1];
    }
}
