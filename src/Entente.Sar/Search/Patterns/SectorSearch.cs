using Entente.Core.Projection;

namespace Entente.Sar.Search.Patterns;

/// <summary>The sector search (IAMSAR "VS"): for an accurately known datum and a small area, one unit.</summary>
public static class SectorSearch
{
    // Bearings of the outer turning points from the datum, relative to the first leg, turning right: each sector is an
    // equilateral triangle (out R, across R after a 120° turn, back to and through the datum after another).
    private static readonly double[] OuterPoints = [0, 60, 240, 300, 120, 180];

    /// <summary>Builds a sector search of radius R: out R, across R, back through the datum and out again…, 120° turns.</summary>
    /// <remarks>
    /// One pass is three sectors and ends at the datum: 9R of track in seven legs (R, R, 2R, R, 2R, R, R). The second pass
    /// repeats it rotated 30° (a 30° turn at the datum), so that its legs fall between those of the first. The covered area
    /// is the hull of the track (a hexagon, or with the second pass a dodecagon, of radius R); coverage is Z/A with
    /// Z = track length × W. The reported track spacing is the largest gap, between the ends of neighbouring legs.
    /// </remarks>
    /// <param name="asset">The searching asset.</param>
    /// <param name="datum">The datum, Channel projection.</param>
    /// <param name="radiusMetres">Radius R, metres, above 0 (IAMSAR: 2 to 5 nm for vessels).</param>
    /// <param name="firstLegBearingDegrees">Grid bearing of the first leg, degrees.</param>
    /// <param name="secondPass">Whether to search a second pass rotated 30°.</param>
    /// <param name="turnRight">True to turn right at each corner, false to turn left.</param>
    /// <param name="law">The detection law for the POD.</param>
    /// <returns>The pattern.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static SearchPattern Create(SearchAsset asset, ProjectedPoint datum, double radiusMetres, double firstLegBearingDegrees,
        bool secondPass = false, bool turnRight = true, DetectionLaw law = DetectionLaw.RandomSearch)
    {
        ArgumentNullException.ThrowIfNull(asset);
        PatternChecks.Point(datum, nameof(datum));
        PatternChecks.Positive(radiusMetres, nameof(radiusMetres));
        PatternChecks.Bearing(firstLegBearingDegrees, nameof(firstLegBearingDegrees));

        var side = turnRight ? 1.0 : -1.0;
        var waypoints = new List<ProjectedPoint> { datum };
        var passes = secondPass ? 2 : 1;
        for (var pass = 0; pass < passes; pass++)
        {
            var first = firstLegBearingDegrees + (side * 30.0 * pass);
            foreach (var relative in OuterPoints)
            {
                waypoints.Add(PlaneGeometry.Offset(datum, first + (side * relative), radiusMetres));
            }

            waypoints.Add(datum);
        }

        var corners = secondPass ? 12 : 6;
        var area = new ProjectedPoint[corners];
        for (var i = 0; i < corners; i++)
        {
            area[i] = PlaneGeometry.Offset(datum, firstLegBearingDegrees + (i * 360.0 / corners), radiusMetres);
        }

        var spacing = 2 * radiusMetres * Math.Sin(Math.PI / corners);
        var areaSquareMetres = corners / 2.0 * radiusMetres * radiusMetres * Math.Sin(2 * Math.PI / corners);
        var coverage = SearchCoverage.FromEffort(PlaneGeometry.PathLengthMetres(waypoints) * asset.SweepWidthMetres, areaSquareMetres);
        return new SearchPattern(SearchPatternKind.SectorSearch, asset, waypoints, area, spacing, coverage, law);
    }

    /// <summary>The track length of a sector search: 9R per pass.</summary>
    /// <param name="radiusMetres">Radius R, metres.</param>
    /// <param name="secondPass">Whether there is a second pass.</param>
    /// <returns>Metres.</returns>
    public static double TrackLengthMetres(double radiusMetres, bool secondPass) => (secondPass ? 18 : 9) * radiusMetres;
}
