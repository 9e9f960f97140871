using Entente.Core.Projection;
using Entente.Core.Units;
using Entente.Sar.Particles;
using Entente.Sar.Search.Patterns;

namespace Entente.Sar.Search;

/// <summary>Builds the candidate patterns that <see cref="SearchPlanner"/> chooses among.</summary>
internal sealed class PlannerCandidates
{
    // IAMSAR suggests 2 to 5 nm for a vessel's sector search; beyond that the legs spread too far apart.
    private static readonly double MaxSectorRadiusMetres = UnitConversions.NauticalMilesToMetres(5);
    private static readonly double[] CoverageTargets = [0.5, 1.0, 1.5, 2.0, 3.0];
    private static readonly bool[] SectorPasses = [false, true];
    private static readonly SearchPatternKind[] RectanglePatterns = [SearchPatternKind.ParallelSweep, SearchPatternKind.CreepingLine];

    // Half the side of the grid of candidate rectangle centres, in quarter-rectangles: the search reaches 10 rectangles
    // from the cloud's centre each way.
    private const int GridHalfCells = 40;

    // Areas that share an edge, or overlap by less than this, are taken as apart.
    private const double OverlapToleranceMetres = 1.0;

    private readonly CloudShape _axes;
    private readonly ProjectedPoint _datum;
    private readonly double _intoWindGrid;
    private readonly DetectionLaw _law;
    private readonly ParticleCloud _cloud;

    /// <summary>Creates the builder.</summary>
    /// <param name="cloud">The cloud given to the planner: its principal axes orient every rectangle, so that later ones sit square to earlier ones.</param>
    /// <param name="datum">The datum.</param>
    /// <param name="intoWindGrid">Grid bearing into the wind.</param>
    /// <param name="law">The detection law.</param>
    public PlannerCandidates(ParticleCloud cloud, ProjectedPoint datum, double intoWindGrid, DetectionLaw law)
    {
        _cloud = cloud;
        _axes = CloudShape.Of(cloud);
        _datum = datum;
        _intoWindGrid = intoWindGrid;
        _law = law;
    }

    /// <summary>The candidate patterns for one asset on the cloud as it stands, none overlapping an area already assigned.</summary>
    public IEnumerable<SearchPattern> For(ParticleCloud current, SearchAsset asset, List<IReadOnlyList<ProjectedPoint>> assigned)
    {
        var shape = CloudShape.Of(current);
        ProjectedPoint[] centres = _datum.PlanarDistanceMetres(shape.Centroid) > asset.SweepWidthMetres / 2 ? [_datum, shape.Centroid] : [_datum];
        foreach (var centre in centres)
        {
            foreach (var coverage in CoverageTargets)
            {
                var spacing = asset.SweepWidthMetres / coverage;
                if (spacing <= asset.TrackLengthMetres)
                {
                    var square = ExpandingSquare.Create(asset, centre, _intoWindGrid, spacing, law: _law);
                    if (!Overlaps(square.CoveredArea, assigned))
                    {
                        yield return square;
                    }
                }
            }

            // A sector search suits a small cloud, 90 % of it within 5 nm. Radii: the cloud's, and the largest the
            // endurance allows up to 5 nm.
            if (shape.Radius90Metres > MaxSectorRadiusMetres)
            {
                continue;
            }

            foreach (var secondPass in SectorPasses)
            {
                var longest = Math.Min(MaxSectorRadiusMetres, asset.TrackLengthMetres / SectorSearch.TrackLengthMetres(1, secondPass));
                var fitted = Math.Max(shape.Radius90Metres, asset.SweepWidthMetres);
                foreach (var radius in fitted < longest ? new[] { fitted, longest } : [longest])
                {
                    if (radius >= asset.SweepWidthMetres / 2)
                    {
                        var sector = SectorSearch.Create(asset, centre, radius, _intoWindGrid, secondPass, law: _law);
                        if (!Overlaps(sector.CoveredArea, assigned))
                        {
                            yield return sector;
                        }
                    }
                }
            }
        }

        foreach (var coverage in CoverageTargets)
        {
            var spacing = asset.SweepWidthMetres / coverage;
            foreach (var kind in RectanglePatterns)
            {
                if (RectangleFor(current, asset, spacing, kind, assigned) is { } rectangle)
                {
                    yield return kind == SearchPatternKind.ParallelSweep
                        ? ParallelSweep.Create(asset, rectangle, spacing, law: _law)
                        : CreepingLine.Create(asset, rectangle, spacing, DenserEnd(current, rectangle), _law);
                }
            }
        }
    }

    /// <summary>
    /// For each coverage, one rectangle sized to the assets' joint effort, split across its width into one parallel-sweep
    /// strip per asset (a whole number of its own spacings wide, tracks that fit its endurance); assets whose endurance
    /// does not reach the rectangle's length are left out.
    /// </summary>
    public IEnumerable<IReadOnlyList<SearchPattern>> SharedRectangles(IReadOnlyList<SearchAsset> assets)
    {
        var ratio = AspectRatio();
        foreach (var coverage in CoverageTargets)
        {
            var area = assets.Sum(a => a.TrackLengthMetres * a.SweepWidthMetres / coverage);
            var length = Math.Sqrt(area * ratio);

            // n tracks of length L with n − 1 crossings of S: n·L − S ≤ V·T.
            var members = assets
                .Select(a => (Asset: a, Spacing: a.SweepWidthMetres / coverage))
                .Select(m => (m.Asset, m.Spacing, Tracks: Math.Floor((m.Asset.TrackLengthMetres + m.Spacing) / length)))
                .Where(m => m.Tracks >= 1 && length > m.Spacing)
                .ToList();
            if (members.Count < 2)
            {
                continue;
            }

            var widths = members.Select(m => m.Tracks * m.Spacing).ToList();
            if (Place(_cloud, length, widths.Sum(), []) is not { } shared)
            {
                continue;
            }

            var strips = shared.SplitAcrossWidth(widths);
            yield return members.Select((m, i) => ParallelSweep.Create(m.Asset, strips[i], m.Spacing, law: _law)).ToList();
        }
    }

    /// <summary>
    /// The rectangle along the cloud's major axis that the asset can cover at this spacing within its endurance
    /// (A = V·T·S, the advance a whole number of spacings), placed clear of the areas already assigned; null when none fits.
    /// </summary>
    private SearchRectangle? RectangleFor(ParticleCloud current, SearchAsset asset, double spacing, SearchPatternKind kind,
        List<IReadOnlyList<ProjectedPoint>> assigned)
    {
        var track = asset.TrackLengthMetres;
        var ratio = AspectRatio();
        var area = track * spacing;
        double length, width;
        if (kind == SearchPatternKind.ParallelSweep)
        {
            // Tracks along the length: n tracks of length L use n·L − S ≤ V·T.
            var tracks = Math.Floor(Math.Sqrt(area / ratio) / spacing);
            (width, length) = (tracks * spacing, track / Math.Max(tracks, 1));
            if (tracks < 1 || length <= spacing)
            {
                return null;
            }
        }
        else
        {
            var tracks = Math.Floor(Math.Sqrt(area * ratio) / spacing);
            (length, width) = (tracks * spacing, track / Math.Max(tracks, 1));
            if (tracks < 1 || width <= spacing)
            {
                return null;
            }
        }

        return Place(current, length, width, assigned);
    }

    private double AspectRatio() => Math.Clamp(_axes.MajorSigmaMetres / Math.Max(_axes.MinorSigmaMetres, 1.0), 1.0, 4.0);

    /// <summary>
    /// Places a rectangle along the major axis where it holds the most weight, clear of the areas already assigned.
    /// Candidate centres lie on a grid of a quarter of the rectangle, so a rectangle covers exactly 4 × 4 cells and a
    /// summed-area table gives the weight it holds in constant time.
    /// </summary>
    private SearchRectangle? Place(ParticleCloud current, double length, double width, List<IReadOnlyList<ProjectedPoint>> assigned)
    {
        var frame = new SearchRectangle(_axes.Centroid, length, width, _axes.MajorAxisBearingDegrees);
        var (stepAlong, stepAcross) = (length / 4, width / 4);
        var size = (2 * GridHalfCells) + 1;
        var table = new double[size, size];
        var weights = current.Weights;
        for (var i = 0; i < current.Count; i++)
        {
            var (along, across) = frame.ToFrame(new ProjectedPoint(current.EastingsMetres[i], current.NorthingsMetres[i]));
            var (a, b) = (Math.Floor(along / stepAlong), Math.Floor(across / stepAcross));
            if (a >= -GridHalfCells && a < GridHalfCells && b >= -GridHalfCells && b < GridHalfCells)
            {
                // Cell a holds [a, a + 1) quarter-steps; table[a + half + 1] sums every cell up to and including a.
                table[(int)a + GridHalfCells + 1, (int)b + GridHalfCells + 1] += weights[i];
            }
        }

        for (var a = 1; a < size; a++)
        {
            for (var b = 1; b < size; b++)
            {
                table[a, b] += table[a - 1, b] + table[a, b - 1] - table[a - 1, b - 1];
            }
        }

        SearchRectangle? best = null;
        var (bestWeight, bestDistance) = (0.0, int.MaxValue);
        for (var ka = -GridHalfCells + 2; ka <= GridHalfCells - 2; ka++)
        {
            for (var kb = -GridHalfCells + 2; kb <= GridHalfCells - 2; kb++)
            {
                // The rectangle centred at (ka, kb) quarter-steps covers cells ka − 2 … ka + 1 and kb − 2 … kb + 1.
                var (a0, a1, b0, b1) = (ka - 2 + GridHalfCells, ka + 2 + GridHalfCells, kb - 2 + GridHalfCells, kb + 2 + GridHalfCells);
                var held = table[a1, b1] - table[a0, b1] - table[a1, b0] + table[a0, b0];
                var distance = Math.Abs(ka) + Math.Abs(kb);

                // Ties go to the centre nearest the cloud's centre.
                if (held > bestWeight + 1e-12 || (held > bestWeight - 1e-12 && held > 0 && distance < bestDistance))
                {
                    var rectangle = new SearchRectangle(frame.PointAt(ka * stepAlong, kb * stepAcross), length, width, frame.OrientationDegrees);
                    if (!Overlaps(rectangle.Corners(), assigned))
                    {
                        (best, bestWeight, bestDistance) = (rectangle, Math.Max(held, bestWeight), distance);
                    }
                }
            }
        }

        return best;
    }

    private static bool Overlaps(IReadOnlyList<ProjectedPoint> area, List<IReadOnlyList<ProjectedPoint>> assigned) =>
        assigned.Exists(other => PlaneGeometry.ConvexOverlap(area, other, OverlapToleranceMetres));

    /// <summary>The end of the rectangle's length with more weight near it, where a creeping line should start.</summary>
    private static ProjectedPoint DenserEnd(ParticleCloud cloud, SearchRectangle rectangle)
    {
        var balance = 0.0;
        for (var i = 0; i < cloud.Count; i++)
        {
            var point = new ProjectedPoint(cloud.EastingsMetres[i], cloud.NorthingsMetres[i]);
            if (rectangle.Contains(point))
            {
                balance += Math.Sign(rectangle.ToFrame(point).Along) * cloud.Weights[i];
            }
        }

        return rectangle.PointAt((balance >= 0 ? 1 : -1) * rectangle.LengthMetres / 2, 0);
    }
}
