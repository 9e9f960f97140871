using Entente.Ais.Messages;
using Entente.Ais.Payload;

namespace Entente.Ais.Ingest;

/// <summary>One decoded message from a feed, as an ingest source delivers it.</summary>
/// <param name="Message">The message.</param>
/// <param name="Reception">How it arrived: talker, channel, tag-block source and time.</param>
/// <param name="SourceName">The name of the ingest source (feed) that delivered it.</param>
/// <param name="ReceivedAt">The tag block <c>c:</c> time when present, otherwise the time the source decoded it.</param>
/// <param name="ReceivedAtFromTagBlock">True when <paramref name="ReceivedAt"/> came from the tag block.</param>
public sealed record AisReceived(
    IAisMessage Message,
    AisReception Reception,
    string SourceName,
    DateTimeOffset ReceivedAt,
    bool ReceivedAtFromTagBlock);
