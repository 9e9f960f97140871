using Entente.Ais.Messages;

namespace Entente.Simulation.Tests.Ais;

/// <summary>One decoded message as a receiver wrote it: the message, the receiver (<c>s:</c>), the transmission's Unix
/// second (<c>c:</c>) and the radio channel.</summary>
internal sealed record AisHeard(IAisMessage Message, string Source, long UnixSeconds, char Channel)
{
    public int Mmsi => Message.Mmsi;

    /// <summary>The message type, with message 24's part: "1", "5", "18", "24A", "24B".</summary>
    public string Kind => Message switch
    {
        StaticDataReportPartA => "24A",
        StaticDataReportPartB => "24B",
        _ => Message.MessageType.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public bool IsPosition => Message is PositionReportClassA or PositionReportClassB;
}
