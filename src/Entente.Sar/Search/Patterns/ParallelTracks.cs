using Entente.Core.Projection;

namespace Entente.Sar.Search.Patterns;

/// <summary>Parallel tracks over a rectangle, shared by the parallel sweep and the creeping line.</summary>
internal static class ParallelTracks
{
    /// <summary>Builds the tracks, along the rectangle's length or across it.</summary>
    /// <remarks>
    /// The tracks are n = ⌈extent/S⌉ lines evenly spaced so that they fill the rectangle exactly: the spacing used is
    /// extent/n (at most S, so the coverage is never below W/S), the first and last tracks lie S/2 inside the boundary,
    /// and each track stops S/2 short of the ends. Of the four corners it could start at, it starts at the one nearest
    /// <paramref name="startNear"/> (when given).
    /// </remarks>
    public static SearchPattern Build(SearchPatternKind kind, SearchAsset asset, SearchRectangle rectangle, double trackSpacingMetres,
        ProjectedPoint? startNear, DetectionLaw law)
    {
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentNullException.ThrowIfNull(rectangle);
        PatternChecks.Positive(trackSpacingMetres, nameof(trackSpacingMetres));
        if (startNear is { } near)
        {
            PatternChecks.Point(near, nameof(startNear));
        }

        var alongLength = kind == SearchPatternKind.ParallelSweep;
        var advance = alongLength ? rectangle.WidthMetres : rectangle.LengthMetres;
        var trackExtent = alongLength ? rectangle.LengthMetres : rectangle.WidthMetres;
        var count = Math.Max(1, (int)Math.Ceiling((advance / trackSpacingMetres) - 1e-9));
        if (count > 100_000)
        {
            throw new ArgumentOutOfRangeException(nameof(trackSpacingMetres), trackSpacingMetres, "The track spacing gives more than 100,000 tracks.");
        }

        var spacing = advance / count;
        if (trackExtent <= spacing)
        {
            throw new ArgumentOutOfRangeException(nameof(rectangle), trackExtent,
                "The rectangle is too short for tracks that stop half a spacing short of each end.");
        }

        ProjectedPoint[]? best = null;
        var bestDistance = double.PositiveInfinity;
        foreach (var advanceSign in (ReadOnlySpan<double>)[-1.0, 1.0])
        {
            foreach (var trackSign in (ReadOnlySpan<double>)[-1.0, 1.0])
            {
                var waypoints = Tracks(rectangle, alongLength, count, spacing, advance, trackExtent, advanceSign, trackSign);
                var distance = startNear is { } start ? waypoints[0].PlanarDistanceMetres(start) : 0.0;
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (waypoints, distance);
                }
            }
        }

        var coverage = SearchCoverage.ParallelTracks(asset.SweepWidthMetres, spacing);
        return new SearchPattern(kind, asset, best!, rectangle.Corners(), spacing, coverage, law);
    }

    private static ProjectedPoint[] Tracks(SearchRectangle rectangle, bool alongLength, int count, double spacing, double advance,
        double trackExtent, double advanceSign, double trackSign)
    {
        var waypoints = new ProjectedPoint[2 * count];
        var halfTrack = (trackExtent / 2) - (spacing / 2);
        for (var j = 0; j < count; j++)
        {
            var offset = advanceSign * ((-advance / 2) + (spacing / 2) + (j * spacing));
            var startAt = trackSign * (j % 2 == 0 ? -halfTrack : halfTrack);
            waypoints[2 * j] = alongLength ? rectangle.PointAt(startAt, offset) : rectangle.PointAt(offset, startAt);
            waypoints[(2 * j) + 1] = alongLength ? rectangle.PointAt(-startAt, offset) : rectangle.PointAt(offset, -startAt);
        }

        return waypoints;
    }
}
