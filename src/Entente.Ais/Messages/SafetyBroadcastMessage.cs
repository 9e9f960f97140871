using Entente.Ais.Decoding;
using Entente.Ais.Payload;

namespace Entente.Ais.Messages;

/// <summary>Message 14: a broadcast safety related text (ITU-R M.1371-5 §3.3.8.2.12, 40 to 1008 bits).</summary>
public readonly record struct SafetyBroadcastMessage : IAisMessage
{
    /// <summary>The shortest length (no text), in bits.</summary>
    public const int MinimumBits = 40;

    /// <summary>The longest length (161 characters and padding), in bits.</summary>
    public const int MaximumBits = 1008;

    /// <summary>The most characters the text can hold.</summary>
    public const int MaximumCharacters = 161;

    /// <inheritdoc />
    public int MessageType { get; init; }

    /// <inheritdoc />
    public int RepeatIndicator { get; init; }

    /// <inheritdoc />
    public int Mmsi { get; init; }

    /// <summary>The two spare bits before the text.</summary>
    public int Spare { get; init; }

    /// <summary>The text, up to its first '@' and without trailing spaces; may be empty.</summary>
    public string Text { get; init; }

    /// <summary>Reads the message from a payload; allocates only the text.</summary>
    /// <param name="payload">A payload of type 14.</param>
    /// <param name="message">The message.</param>
    /// <param name="error">Why it could not be read.</param>
    /// <returns>False when the type is wrong or the length outside 40 to 1008 bits.</returns>
    public static bool TryRead(in AisPayload payload, out SafetyBroadcastMessage message, out AisErrorKind error)
    {
        message = default;
        if (payload.MessageType != 14)
        {
            error = AisErrorKind.UnknownMessageType;
            return false;
        }

        if (payload.BitLength < MinimumBits)
        {
            error = AisErrorKind.MessageTooShort;
            return false;
        }

        if (payload.BitLength > MaximumBits)
        {
            error = AisErrorKind.BadMessageLength;
            return false;
        }

        message = new SafetyBroadcastMessage
        {
            MessageType = 14,
            RepeatIndicator = (int)payload.Field(6, 2),
            Mmsi = (int)payload.Field(8, 30),
            Spare = (int)payload.Field(38, 2),
            Text = payload.Text(40, 6 * Math.Min(MaximumCharacters, (payload.BitLength - 40) / 6)),
        };
        error = AisErrorKind.None;
        return true;
    }
}
