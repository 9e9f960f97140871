using Entente.Core.Projection;

namespace Entente.Sar.Search.Patterns;

/// <summary>The creeping line (IAMSAR "CS"): like the parallel sweep, but advancing along the area, most probable end first.</summary>
public static class CreepingLine
{
    /// <summary>Builds a creeping line: tracks across the rectangle's width, S apart, advancing along its length.</summary>
    /// <remarks>
    /// As <see cref="ParallelSweep.Create"/> with the axes exchanged. IAMSAR starts it at the end of the area where the object
    /// is most likely, so that the early part of the search has the best chance: pass that end as <paramref name="startNear"/>.
    /// </remarks>
    /// <param name="asset">The searching asset.</param>
    /// <param name="rectangle">The area.</param>
    /// <param name="trackSpacingMetres">Track spacing S, metres, above 0 and less than the width.</param>
    /// <param name="startNear">Start at the corner nearest this point; null for the asset's start position, if any.</param>
    /// <param name="law">The detection law for the POD.</param>
    /// <returns>The pattern.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static SearchPattern Create(SearchAsset asset, SearchRectangle rectangle, double trackSpacingMetres, ProjectedPoint? startNear = null,
        DetectionLaw law = DetectionLaw.RandomSearch) =>
        ParallelTracks.Build(SearchPatternKind.CreepingLine, asset, rectangle, trackSpacingMetres, startNear ?? asset?.StartPosition, law);
}
