using Entente.Ais.Payload;

namespace Entente.Ais.Applications;

/// <summary>
/// Text description, addressed (IMO SN.1/Circ.289, message 6, DAC 1, FI 30): free text attached to other messages
/// of the same station that carry the same linkage ID.
/// </summary>
public readonly record struct AddressedTextDescription : IAisApplication
{
    /// <inheritdoc />
    public int DesignatedAreaCode => 1;

    /// <inheritdoc />
    public int FunctionalId => 30;

    /// <summary>The message linkage ID.</summary>
    public int LinkageId { get; init; }

    /// <summary>The text: every whole six-bit character after the linkage ID, trailing '@' and spaces trimmed.</summary>
    public string Text { get; init; }

    internal static bool TryRead(in AisPayload bits, out AddressedTextDescription application)
    {
        application = new AddressedTextDescription
        {
            LinkageId = (int)bits.Field(0, 10),
            Text = bits.Text(10, bits.BitLength - 10),
        };
        return true;
    }
}
