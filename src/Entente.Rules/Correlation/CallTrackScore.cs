namespace Entente.Rules.Correlation;

/// <summary>How well a call's position fits a track: the likelihood of the position given the track, averaged over the
/// position-age window (per km²), and the geodesic distance to where the track was nearest over that window.</summary>
internal readonly record struct CallTrackScore(double LikelihoodPerSquareKilometre, double DistanceMetres);
