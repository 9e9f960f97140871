namespace Entente.Ais.Messages;

/// <summary>
/// An ITU-R M.1371-5 message. Every message type is an immutable value type that keeps each field's raw value
/// (so nothing is lost and it can be written back exactly) and offers typed views whose names carry units, where
/// "not available" and out-of-range values are null.
/// </summary>
public interface IAisMessage
{
    /// <summary>The message type, 1 to 27.</summary>
    int MessageType { get; }

    /// <summary>How many times the message has been repeated, 0 to 3.</summary>
    int RepeatIndicator { get; }

    /// <summary>The source MMSI as transmitted (30 bits; not necessarily a valid MMSI).</summary>
    int Mmsi { get; }
}
