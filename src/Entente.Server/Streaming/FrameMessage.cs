using Entente.Server.Apis;

namespace Entente.Server.Streaming;

/// <summary>The <c>frame</c> event of the stream.</summary>
/// <param name="Time">The frame's time.</param>
/// <param name="SentAt">The server's clock when the frame was made.</param>
/// <param name="Tracks">The live tracks.</param>
/// <param name="Night">The night so far.</param>
public sealed record FrameMessage(DateTimeOffset Time, DateTimeOffset SentAt, IReadOnlyList<TrackResponse> Tracks, NightResponse Night);
