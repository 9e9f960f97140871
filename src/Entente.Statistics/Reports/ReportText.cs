using System.Globalization;

namespace Entente.Statistics.Reports;

/// <summary>How report cells write numbers: culture-invariant, no thousands separators, so that CSV readers take them.</summary>
internal static class ReportText
{
    public static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Ratio(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "";

    public static string Percent(double? value) => value is { } v ? v.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) : "";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Seconds(TimeSpan? value) => value is { } v ? Math.Round(v.TotalSeconds).ToString("0", CultureInfo.InvariantCulture) : "";
}
