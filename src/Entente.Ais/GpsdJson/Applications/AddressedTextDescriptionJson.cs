using Entente.Ais.Applications;

namespace Entente.Ais.GpsdJson.Applications;

/// <summary>gpsd's JSON for message 6, DAC 1, FI 30.</summary>
internal static class AddressedTextDescriptionJson
{
    public static void Write(JsonLine line, in AddressedTextDescription a)
    {
        line.Number("linkage", a.LinkageId);
        line.Text("text", a.Text);
    }
}
