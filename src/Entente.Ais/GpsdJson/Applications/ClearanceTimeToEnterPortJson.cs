using Entente.Ais.Applications;

namespace Entente.Ais.GpsdJson.Applications;

/// <summary>gpsd's JSON for message 6, DAC 1, FI 18.</summary>
internal static class ClearanceTimeToEnterPortJson
{
    public static void Write(JsonLine line, in ClearanceTimeToEnterPort a, GpsdJsonOptions options)
    {
        line.Number("linkage", a.LinkageId);
        line.Text("arrival", GpsdTime.MonthDayTime(a.MonthRaw, a.DayRaw, a.HourRaw, a.MinuteRaw));
        line.Text("portname", a.PortAndBerth);
        line.Text("destination", a.Destination);
        if (options.Scaled)
        {
            var decimals = GpsdApplicationText.PositionDecimals(options);
            line.Fixed("lon", a.LongitudeThousandthsMinute / 60000.0, decimals);
            line.Fixed("lat", a.LatitudeThousandthsMinute / 60000.0, decimals);
        }
        else
        {
            line.Number("lon", a.LongitudeThousandthsMinute);
            line.Number("lat", a.LatitudeThousandthsMinute);
        }
    }
}
