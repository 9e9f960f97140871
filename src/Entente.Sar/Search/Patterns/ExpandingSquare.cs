using Entente.Core.Projection;

namespace Entente.Sar.Search.Patterns;

/// <summary>The expanding square search (IAMSAR "SS"): for a small area about an accurately known datum, one unit.</summary>
public static class ExpandingSquare
{
    /// <summary>Builds an expanding square: from the datum, legs S, S, 2S, 2S, 3S, 3S…, each turn 90° the same way.</summary>
    /// <remarks>
    /// IAMSAR puts the first leg into the wind (for an aircraft, to fix the drift early). The covered area is the pattern's
    /// bounding square, in its own frame, widened by S/2 on every side; its coverage is Z/A with Z = track length × W.
    /// </remarks>
    /// <param name="asset">The searching asset.</param>
    /// <param name="datum">The datum, Channel projection.</param>
    /// <param name="firstLegBearingDegrees">Grid bearing of the first leg, degrees.</param>
    /// <param name="trackSpacingMetres">Track spacing S, metres, above 0.</param>
    /// <param name="legCount">
    /// How many legs, 1 to 10,000; null for as many whole legs as the asset's endurance allows. A given number may exceed
    /// the endurance (see <see cref="SearchPattern.WithinEndurance"/>).
    /// </param>
    /// <param name="turnRight">True to turn right (clockwise) at each corner, false to turn left.</param>
    /// <param name="law">The detection law for the POD.</param>
    /// <returns>The pattern.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A value is out of range, or (with no leg count) the endurance does not allow even the first leg.
    /// </exception>
    public static SearchPattern Create(SearchAsset asset, ProjectedPoint datum, double firstLegBearingDegrees, double trackSpacingMetres,
        int? legCount = null, bool turnRight = true, DetectionLaw law = DetectionLaw.RandomSearch)
    {
        ArgumentNullException.ThrowIfNull(asset);
        PatternChecks.Point(datum, nameof(datum));
        PatternChecks.Bearing(firstLegBearingDegrees, nameof(firstLegBearingDegrees));
        PatternChecks.Positive(trackSpacingMetres, nameof(trackSpacingMetres));
        if (legCount is < 1 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(legCount), legCount, "An expanding square needs 1 to 10,000 legs.");
        }

        var legs = legCount ?? LegsWithin(asset.TrackLengthMetres, trackSpacingMetres);
        if (legs < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(asset), asset.EnduranceHours,
                "The asset's endurance does not allow even the first leg of the expanding square.");
        }

        var turn = turnRight ? 90.0 : -90.0;
        var waypoints = new ProjectedPoint[legs + 1];
        waypoints[0] = datum;

        // Track the pattern in its own frame too (first leg along +along), to bound it without rounding from rotations.
        double along = 0, across = 0, minAlong = 0, maxAlong = 0, minAcross = 0, maxAcross = 0;
        for (var k = 1; k <= legs; k++)
        {
            var length = LegLength(k, trackSpacingMetres);
            waypoints[k] = PlaneGeometry.Offset(waypoints[k - 1], firstLegBearingDegrees + ((k - 1) * turn), length);
            switch ((k - 1) % 4)
            {
                case 0: along += length; break;
                case 1: across += turnRight ? length : -length; break;
                case 2: along -= length; break;
                default: across -= turnRight ? length : -length; break;
            }

            (minAlong, maxAlong) = (Math.Min(minAlong, along), Math.Max(maxAlong, along));
            (minAcross, maxAcross) = (Math.Min(minAcross, across), Math.Max(maxAcross, across));
        }

        var margin = trackSpacingMetres / 2;
        ProjectedPoint[] area =
        [
            PlaneGeometry.FromFrame(datum, firstLegBearingDegrees, minAlong - margin, minAcross - margin),
            PlaneGeometry.FromFrame(datum, firstLegBearingDegrees, maxAlong + margin, minAcross - margin),
            PlaneGeometry.FromFrame(datum, firstLegBearingDegrees, maxAlong + margin, maxAcross + margin),
            PlaneGeometry.FromFrame(datum, firstLegBearingDegrees, minAlong - margin, maxAcross + margin),
        ];
        var areaSquareMetres = (maxAlong - minAlong + trackSpacingMetres) * (maxAcross - minAcross + trackSpacingMetres);
        var coverage = SearchCoverage.FromEffort(PlaneGeometry.PathLengthMetres(waypoints) * asset.SweepWidthMetres, areaSquareMetres);
        return new SearchPattern(SearchPatternKind.ExpandingSquare, asset, waypoints, area, trackSpacingMetres, coverage, law);
    }

    /// <summary>Length of leg k (from 1): ⌈k/2⌉·S.</summary>
    internal static double LegLength(int k, double spacingMetres) => ((k + 1) / 2) * spacingMetres;

    private static int LegsWithin(double trackMetres, double spacingMetres)
    {
        var legs = 0;
        var used = 0.0;
        while (legs < 10_000)
        {
            var next = LegLength(legs + 1, spacingMetres);
            if (used + next > trackMetres * (1 + 1e-12))
            {
                break;
            }

            used += next;
            legs++;
        }

        return legs;
    }
}
