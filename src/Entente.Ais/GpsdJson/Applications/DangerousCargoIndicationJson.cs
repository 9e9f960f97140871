using Entente.Ais.Applications;

namespace Entente.Ais.GpsdJson.Applications;

/// <summary>gpsd's JSON for message 6, DAC 1, FI 12 (the same scaled and unscaled).</summary>
internal static class DangerousCargoIndicationJson
{
    public static void Write(JsonLine line, in DangerousCargoIndication a)
    {
        line.Text("lastport", a.LastPortOfCall);
        line.Text("departure", GpsdTime.MonthDayTime(a.DepartureMonthRaw, a.DepartureDayRaw, a.DepartureHourRaw, a.DepartureMinuteRaw));
        line.Text("nextport", a.NextPortOfCall);
        line.Text("eta", GpsdTime.MonthDayTime(a.EtaMonthRaw, a.EtaDayRaw, a.EtaHourRaw, a.EtaMinuteRaw));
        line.Text("dangerous", a.MainDangerousGood);
        line.Text("imdcat", a.ImdgCategory);
        line.Number("unid", a.UnNumberRaw);
        line.Number("amount", a.Amount);
        line.Number("unit", (int)a.Unit);
    }
}
