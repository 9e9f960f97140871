using Entente.Ais.GpsdJson.Applications;
using Entente.Ais.Messages;

namespace Entente.Ais.GpsdJson.Messages;

/// <summary>gpsd's JSON for message 8: the header, then the decoded application or the raw "data".</summary>
internal static class BroadcastBinaryMessageJson
{
    public static void Write(JsonLine line, in BroadcastBinaryMessage m, GpsdJsonOptions options)
    {
        GpsdJsonWriter.Header(line, m, options);
        line.Number("dac", m.DesignatedAreaCode);
        line.Number("fid", m.FunctionalId);
        GpsdApplicationJson.Write(line, m.Application, m.Data, options);
        line.End();
    }
}
