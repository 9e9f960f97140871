using Entente.Core.Projection;
using Entente.Core.Units;

namespace Entente.Sar.Search;

/// <summary>A search unit as the planner sees it: how fast it searches, how wide it sees, and how long it can stay on task.</summary>
/// <remarks>
/// Immutable. The sweep width is the effective sweep width W of IAMSAR (for the object, sensor and conditions), not the
/// sensor's maximum range. Transit to and from the search area is not modelled: the endurance is time on task.
/// </remarks>
public sealed class SearchAsset
{
    /// <summary>Creates an asset.</summary>
    /// <param name="name">Name or call sign, not blank.</param>
    /// <param name="speedKnots">Search speed, knots, above 0 and at most 500.</param>
    /// <param name="sweepWidthMetres">Effective sweep width, metres, above 0 and at most 100 km.</param>
    /// <param name="enduranceHours">Endurance on task, hours, above 0 and at most 72.</param>
    /// <param name="startPosition">Where the asset will start from, if known (used to choose the corner a pattern starts at).</param>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public SearchAsset(string name, double speedKnots, double sweepWidthMetres, double enduranceHours, ProjectedPoint? startPosition = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!double.IsFinite(speedKnots) || speedKnots is <= 0 or > 500)
        {
            throw new ArgumentOutOfRangeException(nameof(speedKnots), speedKnots, "The search speed must be above 0 and at most 500 knots.");
        }

        if (!double.IsFinite(sweepWidthMetres) || sweepWidthMetres is <= 0 or > 100_000)
        {
            throw new ArgumentOutOfRangeException(nameof(sweepWidthMetres), sweepWidthMetres, "The sweep width must be above 0 and at most 100 km.");
        }

        if (!double.IsFinite(enduranceHours) || enduranceHours is <= 0 or > 72)
        {
            throw new ArgumentOutOfRangeException(nameof(enduranceHours), enduranceHours, "The endurance on task must be above 0 and at most 72 hours.");
        }

        if (startPosition is { } start && (!double.IsFinite(start.EastingMetres) || !double.IsFinite(start.NorthingMetres)))
        {
            throw new ArgumentOutOfRangeException(nameof(startPosition), startPosition, "The start position must be finite.");
        }

        Name = name;
        SpeedKnots = speedKnots;
        SweepWidthMetres = sweepWidthMetres;
        EnduranceHours = enduranceHours;
        StartPosition = startPosition;
    }

    /// <summary>Name or call sign.</summary>
    public string Name { get; }

    /// <summary>Search speed, knots.</summary>
    public double SpeedKnots { get; }

    /// <summary>Search speed, metres per second.</summary>
    public double SpeedMetresPerSecond => UnitConversions.KnotsToMetresPerSecond(SpeedKnots);

    /// <summary>Effective sweep width W, metres.</summary>
    public double SweepWidthMetres { get; }

    /// <summary>Endurance on task, hours.</summary>
    public double EnduranceHours { get; }

    /// <summary>Where the asset starts from, Channel projection, if known.</summary>
    public ProjectedPoint? StartPosition { get; }

    /// <summary>The track the asset can fly or steam on task: V·T, metres.</summary>
    public double TrackLengthMetres => MetresIn(EnduranceHours);

    /// <summary>The search effort Z = V·T·W over the whole endurance, square metres.</summary>
    public double EffortSquareMetres => SearchCoverage.EffortSquareMetres(SpeedKnots, EnduranceHours, SweepWidthMetres);

    /// <summary>Distance covered at search speed in a time.</summary>
    /// <param name="hours">Hours.</param>
    /// <returns>Metres.</returns>
    public double MetresIn(double hours) => SpeedMetresPerSecond * hours * 3600.0;

    /// <summary>Time needed at search speed for a distance.</summary>
    /// <param name="metres">Metres.</param>
    /// <returns>Hours.</returns>
    public double HoursFor(double metres) => metres / SpeedMetresPerSecond / 3600.0;
}
