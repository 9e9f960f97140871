using Entente.Core.Projection;

namespace Entente.Sar.Search.Patterns;

/// <summary>The parallel sweep (IAMSAR "PS"): for a large area of evenly spread probability, one or more units.</summary>
public static class ParallelSweep
{
    /// <summary>Builds a parallel sweep: tracks along the rectangle's length, S apart, advancing across its width.</summary>
    /// <remarks>
    /// The first track lies S/2 inside the boundary and each stops S/2 short of the ends, so n tracks of length L − S with
    /// n − 1 crossings of S: n·L − S in all, against A/S = n·L for T = A/(V·S); the difference, S, is the turn allowance.
    /// When the width is not a whole number of spacings the tracks are drawn in slightly, to width/⌈width/S⌉.
    /// </remarks>
    /// <param name="asset">The searching asset.</param>
    /// <param name="rectangle">The area.</param>
    /// <param name="trackSpacingMetres">Track spacing S, metres, above 0 and less than the length.</param>
    /// <param name="startNear">Start at the corner nearest this point; null for the asset's start position, if any.</param>
    /// <param name="law">The detection law for the POD.</param>
    /// <returns>The pattern.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static SearchPattern Create(SearchAsset asset, SearchRectangle rectangle, double trackSpacingMetres, ProjectedPoint? startNear = null,
        DetectionLaw law = DetectionLaw.RandomSearch) =>
        ParallelTracks.Build(SearchPatternKind.ParallelSweep, asset, rectangle, trackSpacingMetres, startNear ?? asset?.StartPosition, law);
}
