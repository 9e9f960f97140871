namespace Entente.Server.Apis;

/// <summary>A live track and the positions kept for it, oldest first.</summary>
/// <param name="Track">The track now.</param>
/// <param name="History">Its kept positions.</param>
public sealed record TrackDetailResponse(TrackResponse Track, IReadOnlyList<TrackPoint> History);
