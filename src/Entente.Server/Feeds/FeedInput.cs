using Entente.Core.Detections;

namespace Entente.Server.Feeds;

/// <summary>One received item on its way to the picture: a detection record, or an AIS sentence with the time it arrived.</summary>
/// <param name="Feed">The feed it came from.</param>
/// <param name="Record">The record, for a detection.</param>
/// <param name="AisSentence">The NMEA sentence, tag block included, for AIS.</param>
/// <param name="ReceivedAt">When it was received, by the server's clock (AIS uses its tag-block time instead when it has one).</param>
internal readonly record struct FeedInput(FeedStatus Feed, DetectionRecord? Record, string? AisSentence, DateTimeOffset ReceivedAt);
