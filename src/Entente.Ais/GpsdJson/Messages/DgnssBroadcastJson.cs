using Entente.Ais.Messages;

namespace Entente.Ais.GpsdJson.Messages;

/// <summary>gpsd's JSON for message 17.</summary>
internal static class DgnssBroadcastJson
{
    public static void Write(JsonLine line, in DgnssBroadcast m, GpsdJsonOptions options)
    {
        GpsdJsonWriter.Header(line, m, options);
        if (options.Scaled)
        {
            line.Fixed("lon", m.LongitudeTenthsMinute / 600.0, 1);
            line.Fixed("lat", m.LatitudeTenthsMinute / 600.0, 1);
        }
        else
        {
            line.Number("lon", m.LongitudeTenthsMinute);
            line.Number("lat", m.LatitudeTenthsMinute);
        }

        line.Text("data", m.Data.ToString());
        line.End();
    }
}
