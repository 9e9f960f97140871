using Entente.Ais.Messages;
using Entente.Ais.Payload;

namespace Entente.Ais.GpsdJson.Messages;

/// <summary>gpsd's JSON for message 24: the joined record, and each part alone as <c>gpsdecode -s</c> writes it.</summary>
internal static class StaticDataReportJson
{
    /// <summary>Writes a joined record, as gpsd writes a part B that found its part A.</summary>
    public static void Write(JsonLine line, in StaticDataReport m, GpsdJsonOptions options)
    {
        GpsdJsonWriter.Header(line, m, options);
        line.Text("shipname", m.Name);
        WritePartBFields(line, m, options);
        line.End();
    }

    /// <summary>Writes a part A alone.</summary>
    public static void Write(JsonLine line, in StaticDataReportPartA m, GpsdJsonOptions options)
    {
        GpsdJsonWriter.Header(line, m, options);
        line.Text("part", "A");
        line.Text("shipname", m.Name);
        line.End();
    }

    /// <summary>Writes a part B alone.</summary>
    public static void Write(JsonLine line, in StaticDataReportPartB m, GpsdJsonOptions options)
    {
        GpsdJsonWriter.Header(line, m, options);
        line.Text("part", "B");
        WritePartBFields(line, Join(m, string.Empty), options);
        line.End();
    }

    /// <summary>A part B with the name gpsd remembered for it.</summary>
    public static StaticDataReport Join(in StaticDataReportPartB partB, string name) =>
        StaticDataReport.Combine(new StaticDataReportPartA { Mmsi = partB.Mmsi, Name = name }, partB);

    private static void WritePartBFields(JsonLine line, in StaticDataReport m, GpsdJsonOptions options)
    {
        line.Number("shiptype", (int)m.ShipType);
        line.Text("shiptype_text", GpsdShipTypeText.Text((int)m.ShipType, options.Dialect));

        // gpsd reads the vendor field as the 7-character text of ITU-R M.1371-3 (vendor, model and serial together).
        var vendor = ((long)m.VendorIdRaw << 24) | ((long)m.UnitModelCode << 20) | (uint)m.SerialNumber;
        line.Text("vendorid", VendorText(vendor));
        line.Number("model", m.UnitModelCode);
        line.Number("serial", m.SerialNumber);
        line.Text("callsign", m.CallSign);
        if (m.IsAuxiliaryCraft)
        {
            line.Number("mothership_mmsi", m.MothershipMmsiRaw);
        }
        else
        {
            line.Number("to_bow", m.ToBowMetres);
            line.Number("to_stern", m.ToSternMetres);
            line.Number("to_port", m.ToPortMetres);
            line.Number("to_starboard", m.ToStarboardMetres);
        }
    }

    // Seven six-bit characters, most significant first, cut at the first '@' and trimmed of trailing spaces.
    private static string VendorText(long bits)
    {
        Span<char> chars = stackalloc char[7];
        var length = 0;
        for (var i = 6; i >= 0; i--)
        {
            var c = SixBitArmour.TextAlphabet[(int)((bits >> (6 * i)) & 63)];
            if (c == '@')
            {
                break;
            }

            chars[length++] = c;
        }

        while (length > 0 && chars[length - 1] == ' ')
        {
            length--;
        }

        return length == 0 ? string.Empty : new string(chars[..length]);
    }
}
