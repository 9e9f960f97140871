using System.Globalization;

namespace Entente.Ais.GpsdJson.Applications;

/// <summary>gpsd's partial timestamps of applications, written from the raw fields whatever their values.</summary>
internal static class GpsdTime
{
    /// <summary>"MM-DDThh:mmZ", as C's <c>%02u-%02uT%02u:%02uZ</c>.</summary>
    public static string MonthDayTime(int month, int day, int hour, int minute) =>
        string.Create(CultureInfo.InvariantCulture, $"{month:D2}-{day:D2}T{hour:D2}:{minute:D2}Z");

    /// <summary>"DDThh:mmZ", as C's <c>%02uT%02u:%02uZ</c>.</summary>
    public static string DayTime(int day, int hour, int minute) =>
        string.Create(CultureInfo.InvariantCulture, $"{day:D2}T{hour:D2}:{minute:D2}Z");
}
