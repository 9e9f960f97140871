using Entente.Ais.Messages;

namespace Entente.Ais.GpsdJson.Messages;

/// <summary>gpsd's JSON for message 14.</summary>
internal static class SafetyBroadcastMessageJson
{
    public static void Write(JsonLine line, in SafetyBroadcastMessage m, GpsdJsonOptions options)
    {
        GpsdJsonWriter.Header(line, m, options);
        line.Text("text", m.Text);
        line.End();
    }
}
