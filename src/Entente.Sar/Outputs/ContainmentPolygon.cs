using Entente.Core.Positions;

namespace Entente.Sar.Outputs;

/// <summary>One polygon of a containment area: an outer ring (counter-clockwise) and its holes (clockwise), each closed
/// (the last position repeats the first), as GeoJSON wants them.</summary>
/// <param name="Outer">The outer ring.</param>
/// <param name="Holes">The holes.</param>
public sealed record ContainmentPolygon(IReadOnlyList<GeoPosition> Outer, IReadOnlyList<IReadOnlyList<GeoPosition>> Holes);
