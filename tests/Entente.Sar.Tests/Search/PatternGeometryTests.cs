using Entente.Core.Projection;
using Entente.Sar.Search;
using Entente.Sar.Search.Patterns;

namespace Entente.Sar.Tests.Search;

public sealed class PatternGeometryTests
{
    private const double Tolerance = 1e-6;
    private static readonly ProjectedPoint Datum = new(12_000, 45_000);

    // 10 kn for 2 h: 20 nm = 37,040 m of track.
    private static readonly SearchAsset Vessel = new("Lifeboat", 10, 500, 2);

    [Fact]
    public void ExpandingSquare_LegsGrowByOneSpacingEveryTwoLegs_AndTurnRight90()
    {
        var pattern = ExpandingSquare.Create(Vessel, Datum, 30, 1000, legCount: 8);

        Assert.Equal(SearchPatternKind.ExpandingSquare, pattern.Kind);
        Assert.Equal(Datum, pattern.Waypoints[0]);
        Assert.Equal(new[] { 1000.0, 1000, 2000, 2000, 3000, 3000, 4000, 4000 }, GeometryAssert.LegLengths(pattern.Waypoints),
            (a, b) => Math.Abs(a - b) < Tolerance);
        Assert.Equal(30, GeometryAssert.Bearing(pattern.Waypoints[0], pattern.Waypoints[1]), 1e-9);
        for (var i = 2; i < pattern.Waypoints.Count; i++)
        {
            Assert.Equal(90, GeometryAssert.Turn(pattern.Waypoints[i - 2], pattern.Waypoints[i - 1], pattern.Waypoints[i]), 1e-9);
        }

        Assert.Equal(20_000, pattern.TrackLengthMetres, Tolerance);
        Assert.Equal(20_000 / (10 * 1852.0), pattern.HoursNeeded, 1e-12);
        Assert.Equal(1000, pattern.TrackSpacingMetres);
    }

    [Fact]
    public void ExpandingSquare_TurnLeft_TurnsMinus90()
    {
        var pattern = ExpandingSquare.Create(Vessel, Datum, 200, 800, legCount: 6, turnRight: false);
        for (var i = 2; i < pattern.Waypoints.Count; i++)
        {
            Assert.Equal(-90, GeometryAssert.Turn(pattern.Waypoints[i - 2], pattern.Waypoints[i - 1], pattern.Waypoints[i]), 1e-9);
        }
    }

    [Fact]
    public void ExpandingSquare_ByEndurance_TakesEveryWholeLegThatFits()
    {
        // Cumulative track with S = 1 km: 1, 2, 4, 6, 9, 12, 16, 20, 25, 30, 36, 42 km; 37.04 km allows 11 legs.
        var pattern = ExpandingSquare.Create(Vessel, Datum, 0, 1000);

        Assert.Equal(12, pattern.Waypoints.Count);
        Assert.Equal(36_000, pattern.TrackLengthMetres, Tolerance);
        Assert.True(pattern.WithinEndurance);
        Assert.Throws<ArgumentOutOfRangeException>(() => ExpandingSquare.Create(Vessel, Datum, 0, 40_000));
    }

    [Fact]
    public void ExpandingSquare_CoveredArea_HoldsTheTrack_WithHalfASpacingToSpare()
    {
        // Eight legs from the datum, north first, right turns, S = 1 km: the track spans −2..+2 km east and −2..+2 km north.
        var pattern = ExpandingSquare.Create(Vessel, Datum, 0, 1000, legCount: 8);

        Assert.True(GeometryAssert.TrackInside(pattern.Waypoints, pattern.CoveredArea));
        Assert.Equal(5000 * 5000, pattern.AreaSquareMetres, 1e-3);
        Assert.Equal(20_000 * 500 / (5000.0 * 5000), pattern.Coverage, 1e-12);
        Assert.Equal(1 - Math.Exp(-pattern.Coverage), pattern.Pod, 1e-12);
        foreach (var p in pattern.Waypoints)
        {
            var distanceToEdge = Enumerable.Range(0, 4)
                .Min(i => GeometryAssert.DistanceToSegment(p, pattern.CoveredArea[i], pattern.CoveredArea[(i + 1) % 4]));
            Assert.True(distanceToEdge >= 500 - Tolerance);
        }
    }

    [Fact]
    public void SectorSearch_OnePass_Legs120Apart_ThroughTheDatum()
    {
        const double R = 2000;
        var pattern = SectorSearch.Create(Vessel, Datum, R, 45);

        Assert.Equal(SearchPatternKind.SectorSearch, pattern.Kind);
        Assert.Equal(new[] { R, R, 2 * R, R, 2 * R, R, R }, GeometryAssert.LegLengths(pattern.Waypoints), (a, b) => Math.Abs(a - b) < Tolerance);
        Assert.Equal(45, GeometryAssert.Bearing(pattern.Waypoints[0], pattern.Waypoints[1]), 1e-9);
        for (var i = 2; i < pattern.Waypoints.Count; i++)
        {
            Assert.Equal(120, GeometryAssert.Turn(pattern.Waypoints[i - 2], pattern.Waypoints[i - 1], pattern.Waypoints[i]), 1e-9);
        }

        // The long legs pass through the datum, and the pattern ends there.
        Assert.True(GeometryAssert.DistanceToSegment(Datum, pattern.Waypoints[2], pattern.Waypoints[3]) < Tolerance);
        Assert.True(GeometryAssert.DistanceToSegment(Datum, pattern.Waypoints[4], pattern.Waypoints[5]) < Tolerance);
        Assert.Equal(0, pattern.Waypoints[^1].PlanarDistanceMetres(Datum), Tolerance);
        Assert.Equal(9 * R, pattern.TrackLengthMetres, Tolerance);
        Assert.True(GeometryAssert.TrackInside(pattern.Waypoints, pattern.CoveredArea));
        Assert.Equal(3 * Math.Sqrt(3) / 2 * R * R, pattern.AreaSquareMetres, 1e-3);
        Assert.Equal(R, pattern.TrackSpacingMetres, Tolerance);
    }

    [Fact]
    public void SectorSearch_SecondPass_IsTheFirstRotated30()
    {
        const double R = 3000;
        var pattern = SectorSearch.Create(Vessel, Datum, R, 10, secondPass: true);

        Assert.Equal(15, pattern.Waypoints.Count);
        Assert.Equal(18 * R, pattern.TrackLengthMetres, Tolerance);
        Assert.Equal(Datum, pattern.Waypoints[7]);
        Assert.Equal(40, GeometryAssert.Bearing(pattern.Waypoints[7], pattern.Waypoints[8]), 1e-9);
        for (var i = 9; i < pattern.Waypoints.Count; i++)
        {
            Assert.Equal(120, GeometryAssert.Turn(pattern.Waypoints[i - 2], pattern.Waypoints[i - 1], pattern.Waypoints[i]), 1e-9);
        }

        // Twelve radial legs 30° apart: the outer points are evenly spread round the circle.
        var outer = pattern.Waypoints.Where(p => p.PlanarDistanceMetres(Datum) > 1).Select(p => GeometryAssert.Bearing(Datum, p)).Order().ToArray();
        Assert.Equal(12, outer.Length);
        for (var i = 1; i < outer.Length; i++)
        {
            Assert.Equal(30, outer[i] - outer[i - 1], 1e-9);
        }

        Assert.True(GeometryAssert.TrackInside(pattern.Waypoints, pattern.CoveredArea));
        Assert.Equal(2 * R * Math.Sin(Math.PI / 12), pattern.TrackSpacingMetres, Tolerance);
    }

    [Fact]
    public void ParallelSweep_TracksAlongTheLength_SpacedS_FirstHalfSInside()
    {
        const double S = 1000;
        var rectangle = new SearchRectangle(new ProjectedPoint(1000, -2000), 20_000, 6_000, 60);
        var pattern = ParallelSweep.Create(Vessel, rectangle, S);
        var w = pattern.Waypoints;
        var corners = rectangle.Corners();

        Assert.Equal(12, w.Count);
        for (var j = 0; j < 6; j++)
        {
            var (a, b) = (w[2 * j], w[(2 * j) + 1]);
            Assert.Equal(20_000 - S, a.PlanarDistanceMetres(b), Tolerance);
            Assert.Equal(60, GeometryAssert.Bearing(a, b) % 180, 1e-9);
            if (j > 0)
            {
                // Crossing legs are one spacing long; neighbouring tracks are one spacing apart.
                Assert.Equal(S, w[(2 * j) - 1].PlanarDistanceMetres(a), Tolerance);
                Assert.Equal(S, GeometryAssert.DistanceToLine(a, w[(2 * j) - 2], w[(2 * j) - 1]), Tolerance);
            }
        }

        // The first and last tracks are S/2 inside a long side; every track stops S/2 short of the short sides.
        var sideDistances = Enumerable.Range(0, 4).Select(i => GeometryAssert.DistanceToLine(w[0], corners[i], corners[(i + 1) % 4])).Order().ToArray();
        Assert.Equal(S / 2, sideDistances[0], Tolerance);
        Assert.Equal(S / 2, sideDistances[1], Tolerance);
        Assert.True(GeometryAssert.TrackInside(w, pattern.CoveredArea));
        Assert.Equal(20_000 * 6_000, pattern.AreaSquareMetres, 1e-3);
        Assert.Equal(0.5, pattern.Coverage, 1e-12);
        for (var i = 2; i < w.Count; i++)
        {
            Assert.Equal(90, Math.Abs(GeometryAssert.Turn(w[i - 2], w[i - 1], w[i])), 1e-9);
        }
    }

    [Fact]
    public void ParallelSweep_TimeNeeded_AgreesWithAreaOverSpeedTimesSpacing()
    {
        const double S = 1000;
        var rectangle = new SearchRectangle(new ProjectedPoint(0, 0), 20_000, 6_000, 0);
        var pattern = ParallelSweep.Create(Vessel, rectangle, S);

        var formula = SearchCoverage.HoursNeeded(rectangle.AreaSquareMetres, Vessel.SpeedKnots, S);
        var turnAllowance = S / Vessel.SpeedMetresPerSecond / 3600;
        Assert.Equal(120e6 / (10 * 1852.0 / 3600) / S / 3600, formula, 1e-12);
        Assert.True(Math.Abs(pattern.HoursNeeded - formula) <= turnAllowance + 1e-12);

        // n tracks of L − S and n − 1 crossings of S: n·L − S.
        Assert.Equal((6 * 20_000) - S, pattern.TrackLengthMetres, Tolerance);
    }

    [Fact]
    public void ParallelSweep_WidthNotAWholeNumberOfSpacings_DrawsTheTracksIn()
    {
        var rectangle = new SearchRectangle(new ProjectedPoint(0, 0), 20_000, 6_500, 0);
        var pattern = ParallelSweep.Create(Vessel, rectangle, 1000);

        Assert.Equal(14, pattern.Waypoints.Count);
        Assert.Equal(6500.0 / 7, pattern.TrackSpacingMetres, 1e-9);
        Assert.Equal(500 / (6500.0 / 7), pattern.Coverage, 1e-12);
    }

    [Fact]
    public void CreepingLine_TracksAcrossTheWidth_AdvancingAlongTheLength()
    {
        const double S = 1000;
        var rectangle = new SearchRectangle(new ProjectedPoint(0, 0), 20_000, 6_000, 90);
        var pattern = CreepingLine.Create(Vessel, rectangle, S);
        var w = pattern.Waypoints;

        Assert.Equal(40, w.Count);
        for (var j = 0; j < 20; j++)
        {
            Assert.Equal(6_000 - S, w[2 * j].PlanarDistanceMetres(w[(2 * j) + 1]), Tolerance);
            Assert.Equal(0, GeometryAssert.Bearing(w[2 * j], w[(2 * j) + 1]) % 180, 1e-9);
        }

        // Length runs east–west: the first track is S/2 inside the west or east end.
        Assert.Equal(10_000 - (S / 2), Math.Abs(w[0].EastingMetres), Tolerance);
        Assert.True(GeometryAssert.TrackInside(w, pattern.CoveredArea));
        Assert.True(Math.Abs(pattern.HoursNeeded - SearchCoverage.HoursNeeded(rectangle.AreaSquareMetres, 10, S)) <= (S / Vessel.SpeedMetresPerSecond / 3600) + 1e-12);
    }

    [Fact]
    public void RectanglePatterns_StartAtTheCornerNearestTheAsset()
    {
        var rectangle = new SearchRectangle(new ProjectedPoint(0, 0), 20_000, 6_000, 0);
        var fromNorthEast = new SearchAsset("Coastguard", 12, 600, 4, new ProjectedPoint(50_000, 50_000));

        var sweep = ParallelSweep.Create(fromNorthEast, rectangle, 1000);
        var creeping = CreepingLine.Create(Vessel, rectangle, 1000, startNear: new ProjectedPoint(-3000, -11_000));

        Assert.Equal(0, new ProjectedPoint(2500, 9500).PlanarDistanceMetres(sweep.Waypoints[0]), Tolerance);
        Assert.Equal(0, new ProjectedPoint(-2500, -9500).PlanarDistanceMetres(creeping.Waypoints[0]), Tolerance);
    }

    [Fact]
    public void Rectangle_Splits_IntoStripsThatTileIt()
    {
        var rectangle = new SearchRectangle(new ProjectedPoint(500, 500), 20_000, 6_000, 30);

        var strips = rectangle.SplitAcrossWidth([1, 2]);
        var blocks = rectangle.SplitAlongLength([1, 1, 1, 1]);

        Assert.Equal(2000, strips[0].WidthMetres, 1e-9);
        Assert.Equal(4000, strips[1].WidthMetres, 1e-9);
        Assert.Equal(rectangle.AreaSquareMetres, strips.Sum(s => s.AreaSquareMetres), 1e-3);
        Assert.Equal(rectangle.AreaSquareMetres, blocks.Sum(s => s.AreaSquareMetres), 1e-3);
        Assert.All(strips.Concat(blocks), part => Assert.All(part.Corners(), c => Assert.True(GeometryAssert.InsideConvex(rectangle.Corners(), c, 1e-6))));
        Assert.Equal(3000, strips[0].Centre.PlanarDistanceMetres(strips[1].Centre), 1e-9);
        Assert.Throws<ArgumentOutOfRangeException>(() => rectangle.SplitAcrossWidth([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SearchRectangle(new ProjectedPoint(0, 0), 0, 1, 0));
    }

    [Fact]
    public void Pattern_WaypointPositions_UnprojectTheTrack()
    {
        var pattern = ExpandingSquare.Create(Vessel, Datum, 0, 1000, legCount: 4);
        var positions = pattern.WaypointPositions();

        Assert.Equal(pattern.Waypoints.Count, positions.Count);
        for (var i = 0; i < positions.Count; i++)
        {
            Assert.Equal(0, ChannelProjection.Project(positions[i]).PlanarDistanceMetres(pattern.Waypoints[i]), 1e-6);
        }
    }
}
