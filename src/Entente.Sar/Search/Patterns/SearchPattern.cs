using Entente.Core.Positions;
using Entente.Core.Projection;

namespace Entente.Sar.Search.Patterns;

/// <summary>
/// A search pattern for one asset: a track of waypoints in the Channel projection, the area it covers, and the probability
/// of detecting an object inside that area. Built by <see cref="ExpandingSquare"/>, <see cref="SectorSearch"/>,
/// <see cref="ParallelSweep"/> and <see cref="CreepingLine"/>.
/// </summary>
/// <remarks>
/// Immutable. The POD is modelled as uniform inside the covered area and zero outside: the patterns are built to spread
/// the effort evenly over their area, and the sweep that spills over the edge (W/2 beyond the outer tracks) is left out,
/// which undercounts slightly but keeps adjacent areas from counting the same effort twice.
/// </remarks>
public sealed class SearchPattern
{
    private readonly ProjectedPoint[] _waypoints;
    private readonly ProjectedPoint[] _coveredArea;

    internal SearchPattern(SearchPatternKind kind, SearchAsset asset, IReadOnlyList<ProjectedPoint> waypoints, IReadOnlyList<ProjectedPoint> coveredArea,
        double trackSpacingMetres, double coverage, DetectionLaw law)
    {
        Kind = kind;
        Asset = asset;
        _waypoints = waypoints.ToArray();
        _coveredArea = PlaneGeometry.CounterClockwise(coveredArea);
        TrackSpacingMetres = trackSpacingMetres;
        TrackLengthMetres = PlaneGeometry.PathLengthMetres(_waypoints);
        HoursNeeded = asset.HoursFor(TrackLengthMetres);
        AreaSquareMetres = PlaneGeometry.SignedAreaSquareMetres(_coveredArea);
        Coverage = coverage;
        DetectionLaw = law;
        Pod = DetectionProbability.For(law, coverage);
    }

    /// <summary>Which pattern.</summary>
    public SearchPatternKind Kind { get; }

    /// <summary>The asset that searches it.</summary>
    public SearchAsset Asset { get; }

    /// <summary>The track, Channel projection, in the order searched.</summary>
    public IReadOnlyList<ProjectedPoint> Waypoints => _waypoints;

    /// <summary>The area searched: a ring, counter-clockwise, the first point not repeated.</summary>
    public IReadOnlyList<ProjectedPoint> CoveredArea => _coveredArea;

    /// <summary>The track spacing S, metres (for a sector search, the largest gap, at the ends of the legs).</summary>
    public double TrackSpacingMetres { get; }

    /// <summary>The effective sweep width W of the asset, metres.</summary>
    public double SweepWidthMetres => Asset.SweepWidthMetres;

    /// <summary>Total length of the track, metres.</summary>
    public double TrackLengthMetres { get; }

    /// <summary>Time needed at the asset's search speed, hours.</summary>
    public double HoursNeeded { get; }

    /// <summary>Whether the asset's endurance on task allows the pattern.</summary>
    public bool WithinEndurance => HoursNeeded <= Asset.EnduranceHours * (1 + 1e-9);

    /// <summary>The covered area, square metres.</summary>
    public double AreaSquareMetres { get; }

    /// <summary>Coverage C: W/S for parallel tracks, Z/A (track length × W over area) for the expanding square and sector search.</summary>
    public double Coverage { get; }

    /// <summary>The detection law used for <see cref="Pod"/>.</summary>
    public DetectionLaw DetectionLaw { get; }

    /// <summary>Probability of detecting an object inside the covered area.</summary>
    public double Pod { get; }

    /// <summary>Whether a point lies in the covered area.</summary>
    /// <param name="eastingMetres">Easting, Channel projection.</param>
    /// <param name="northingMetres">Northing.</param>
    /// <returns>True when inside.</returns>
    public bool Covers(double eastingMetres, double northingMetres) => PlaneGeometry.Contains(_coveredArea, eastingMetres, northingMetres);

    /// <summary>The probability of detecting an object at a point: <see cref="Pod"/> inside the covered area, 0 outside.</summary>
    /// <param name="eastingMetres">Easting, Channel projection.</param>
    /// <param name="northingMetres">Northing.</param>
    /// <returns>The POD.</returns>
    public double PodAt(double eastingMetres, double northingMetres) => Covers(eastingMetres, northingMetres) ? Pod : 0.0;

    /// <summary>The track as latitude and longitude.</summary>
    /// <returns>The waypoints, in order.</returns>
    public IReadOnlyList<GeoPosition> WaypointPositions() => Array.ConvertAll(_waypoints, ChannelProjection.Unproject);

    /// <summary>The covered area as latitude and longitude, counter-clockwise, the first point not repeated.</summary>
    /// <returns>The ring.</returns>
    public IReadOnlyList<GeoPosition> CoveredAreaPositions() => Array.ConvertAll(_coveredArea, ChannelProjection.Unproject);
}
