namespace Entente.Simulation.Tests.Sensors;

/// <summary>Mean and standard deviation of a sample.</summary>
internal static class SampleStatistics
{
    public static (double Mean, double Sigma) Of(IReadOnlyCollection<double> values)
    {
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
        return (mean, Math.Sqrt(variance));
    }

    /// <summary>An angle difference reduced to (-180, 180].</summary>
    public static double SignedDegrees(double degrees)
    {
        var r = degrees % 360;
        r = r < 0 ? r + 360 : r;
        return r > 180 ? r - 360 : r;
    }
}
