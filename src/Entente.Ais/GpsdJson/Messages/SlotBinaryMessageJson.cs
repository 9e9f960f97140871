using System.Globalization;
using Entente.Ais.Messages;

namespace Entente.Ais.GpsdJson.Messages;

/// <summary>gpsd's JSON for messages 25 and 26.</summary>
internal static class SlotBinaryMessageJson
{
    /// <summary>The longest message 26 gpsd decodes; it rejects longer ones the standard allows.</summary>
    public const int GpsdMaximumMultipleSlotBits = 1004;

    public static void Write(JsonLine line, in SingleSlotBinaryMessage m, GpsdJsonOptions options)
    {
        GpsdJsonWriter.Header(line, m, options);
        WriteHeader(line, m.IsAddressed, m.IsStructured, m.DestinationMmsi, m.ApplicationId);
        line.Text("data", m.Data.ToString());
        line.End();
    }

    public static void Write(JsonLine line, in MultipleSlotBinaryMessage m, GpsdJsonOptions options)
    {
        GpsdJsonWriter.Header(line, m, options);
        WriteHeader(line, m.IsAddressed, m.IsStructured, m.DestinationMmsi, m.ApplicationId);
        line.Text("data", DataWithFollowingBits(m));

        // gpsd never decodes message 26's radio status and always writes 0; the typed message keeps the real value.
        line.Number("radio", 0);
        line.End();
    }

    private static void WriteHeader(JsonLine line, bool addressed, bool structured, int destination, int application)
    {
        line.Bool("addressed", addressed);
        line.Bool("structured", structured);
        line.Number("dest_mmsi", destination);
        line.Number("app_id", application);
    }

    // gpsd copies the data's bytes up to the payload's next byte boundary, so the last hex digit of message 26 can
    // carry the first radio bits after the data; bits past that boundary read as zero.
    private static string DataWithFollowingBits(in MultipleSlotBinaryMessage m)
    {
        var data = m.Data;
        var used = data.BitLength % 8;
        var end = m.BitLength - MultipleSlotBinaryMessage.RadioBits;
        var following = Math.Min(8 - used, (8 - (end % 8)) % 8);
        if (used == 0 || following == 0)
        {
            return data.ToString();
        }

        var bytes = data.Bytes.ToArray();
        var radioBits = (m.RadioStatus >> (MultipleSlotBinaryMessage.RadioBits - following)) & ((1 << following) - 1);
        bytes[^1] |= (byte)(radioBits << (8 - used - following));
        return string.Create(CultureInfo.InvariantCulture, $"{data.BitLength}:{Convert.ToHexStringLower(bytes)}");
    }
}
