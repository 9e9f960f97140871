using System.Globalization;
using Entente.Ais.Messages;

namespace Entente.Ais.GpsdJson.Messages;

/// <summary>gpsd's JSON for message 20: always four reservations, unsent ones as zeros.</summary>
internal static class DataLinkManagementJson
{
    private static readonly string[][] Names = [.. Enumerable.Range(1, 4).Select(i => new[]
    {
        "offset" + i.ToString(CultureInfo.InvariantCulture), "number" + i.ToString(CultureInfo.InvariantCulture),
        "timeout" + i.ToString(CultureInfo.InvariantCulture), "increment" + i.ToString(CultureInfo.InvariantCulture),
    })];

    public static void Write(JsonLine line, in DataLinkManagement m, GpsdJsonOptions options)
    {
        GpsdJsonWriter.Header(line, m, options);
        for (var i = 0; i < 4; i++)
        {
            var r = m.GetReservation(i);
            line.Number(Names[i][0], r.OffsetNumber);
            line.Number(Names[i][1], r.SlotCount);
            line.Number(Names[i][2], r.TimeoutMinutes);
            line.Number(Names[i][3], r.Increment);
        }

        line.End();
    }
}
