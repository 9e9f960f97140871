using Entente.Tracking.Tracks;

namespace Entente.Rules.Correlation;

/// <summary>
/// One track that a call, or a case's calls, may have come from, with its probability among all candidates and the
/// "no track" hypothesis.
/// </summary>
/// <param name="TrackId">The track number.</param>
/// <param name="Probability">Probability that the calls came from this track, 0 to 1.</param>
/// <param name="DistanceMetres">The geodesic distance between the call's position (for a case: the nearest of its calls)
/// and where the track was over the position-age window before that call.</param>
/// <param name="Class">What the tracker last believed the track to be.</param>
/// <param name="People">People the tracker last believed aboard, or null.</param>
/// <param name="LastSeen">When the track was last in the picture.</param>
/// <param name="Live">Whether the track was in the latest frame (a track that has ended stays a candidate).</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CaseCandidate(long TrackId, double Probability, double DistanceMetres, TrackClass Class, int? People,
    DateTimeOffset LastSeen, bool Live);
