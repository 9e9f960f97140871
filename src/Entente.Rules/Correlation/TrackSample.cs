using Entente.Core.Positions;
using Entente.Core.Projection;

namespace Entente.Rules.Correlation;

/// <summary>Where a track was at one instant, on the Channel plane and in WGS84, with its one-sigma error.</summary>
internal readonly record struct TrackSample(DateTimeOffset Time, ProjectedPoint Point, GeoPosition Position, double SigmaMetres);
