using Entente.Server.Apis;

namespace Entente.Server.Picture;

/// <summary>The picture after one frame, as pushed to the browsers.</summary>
/// <param name="Time">The frame's time.</param>
/// <param name="SentAt">The server's clock when the frame was made (clients measure the push's latency from it).</param>
/// <param name="Tracks">The live tracks.</param>
/// <param name="Night">The night so far.</param>
internal sealed record PictureSnapshot(DateTimeOffset Time, DateTimeOffset SentAt, IReadOnlyList<TrackResponse> Tracks, NightResponse Night);
