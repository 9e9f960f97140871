namespace Entente.Server.Apis;

/// <summary>The tracks of one instant of the picture.</summary>
/// <param name="Time">The picture's time.</param>
/// <param name="Tracks">The live tracks.</param>
public sealed record TracksResponse(DateTimeOffset? Time, IReadOnlyList<TrackResponse> Tracks);
