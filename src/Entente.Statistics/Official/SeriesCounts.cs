namespace Entente.Statistics.Official;

/// <summary>Checks on the counts of a series.</summary>
internal static class SeriesCounts
{
    public static int? NotNegative(int? value, string name) =>
        value is < 0 ? throw new ArgumentOutOfRangeException(name, value, "A count cannot be negative.") : value;
}
