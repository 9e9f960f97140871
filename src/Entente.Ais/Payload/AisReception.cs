namespace Entente.Ais.Payload;

/// <summary>How a message arrived: its sentence's talker, channel and tag block, and how the framing looked.</summary>
/// <param name="Talker">The two-character talker id, e.g. "AI" or "BS"; interned, so steady-state decoding does not allocate.</param>
/// <param name="Channel">The radio channel ('A', 'B', '1', '2', ...), or null when the sentence left it empty.</param>
/// <param name="IsOwnShip">True for !xxVDO (this station's own reports).</param>
/// <param name="Source">The tag block <c>s:</c> source, or the feed's name, or null; interned.</param>
/// <param name="UnixTimeMilliseconds">The tag block <c>c:</c> time of the first sentence, or null.</param>
/// <param name="SentenceCount">How many sentences carried the message.</param>
/// <param name="ChecksumMissing">True when any sentence lacked a checksum (accepted, and flagged).</param>
public readonly record struct AisReception(
    string? Talker,
    char? Channel,
    bool IsOwnShip,
    string? Source,
    long? UnixTimeMilliseconds,
    int SentenceCount,
    bool ChecksumMissing);
