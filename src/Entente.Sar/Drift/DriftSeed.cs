using Entente.Core.Positions;
using Entente.Core.Units;

namespace Entente.Sar.Drift;

/// <summary>
/// Where and when the search object went into the water, with its uncertainty: a point with a radius, an ellipse, a line
/// between two fixes (a boat's track between two reports: anywhere along it, at the matching time), and optionally a
/// window of departure times.
/// </summary>
/// <remarks>Immutable and validated; particles are drawn uniformly within the shape and the time window.</remarks>
public sealed record DriftSeed
{
    private const double MaxSizeMetres = 500_000;

    private DriftSeed(SeedShape shape, GeoPosition centre, DateTimeOffset time, double radiusMetres)
    {
        if (!double.IsFinite(radiusMetres) || radiusMetres is < 0 or > MaxSizeMetres)
        {
            throw new ArgumentOutOfRangeException(nameof(radiusMetres), radiusMetres, "The radius must be 0 to 500 km.");
        }

        Shape = shape;
        Centre = centre;
        Time = time;
        LatestTime = time;
        RadiusMetres = radiusMetres;
        SemiMajorMetres = radiusMetres;
        SemiMinorMetres = radiusMetres;
        End = centre;
        EndTime = time;
    }

    /// <summary>The shape.</summary>
    public SeedShape Shape { get; private init; }

    /// <summary>The centre of a circle or ellipse; the first fix of a line.</summary>
    public GeoPosition Centre { get; private init; }

    /// <summary>When the object was there (the first fix's time for a line; the earliest departure with a window).</summary>
    public DateTimeOffset Time { get; private init; }

    /// <summary>The latest departure time: equal to <see cref="Time"/> unless a window was given.</summary>
    public DateTimeOffset LatestTime { get; private init; }

    /// <summary>The radius of a circle, or around a line, metres.</summary>
    public double RadiusMetres { get; private init; }

    /// <summary>An ellipse's semi-major axis, metres.</summary>
    public double SemiMajorMetres { get; private init; }

    /// <summary>An ellipse's semi-minor axis, metres.</summary>
    public double SemiMinorMetres { get; private init; }

    /// <summary>The bearing of an ellipse's major axis, degrees true.</summary>
    public double MajorAxisBearingDegrees { get; private init; }

    /// <summary>A line's second fix.</summary>
    public GeoPosition End { get; private init; }

    /// <summary>The time of a line's second fix.</summary>
    public DateTimeOffset EndTime { get; private init; }

    /// <summary>A point with a radius of uncertainty.</summary>
    /// <param name="position">The last known position.</param>
    /// <param name="time">When.</param>
    /// <param name="radiusMetres">The radius, metres, 0 to 500 km.</param>
    /// <returns>The seed.</returns>
    public static DriftSeed Circle(GeoPosition position, DateTimeOffset time, double radiusMetres) => new(SeedShape.Circle, position, time, radiusMetres);

    /// <summary>An ellipse of uncertainty.</summary>
    /// <param name="centre">The centre.</param>
    /// <param name="time">When.</param>
    /// <param name="semiMajorMetres">The semi-major axis, metres.</param>
    /// <param name="semiMinorMetres">The semi-minor axis, metres, not more than the major.</param>
    /// <param name="majorAxisBearingDegrees">The bearing of the major axis, degrees true.</param>
    /// <returns>The seed.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An axis is out of range.</exception>
    public static DriftSeed Ellipse(GeoPosition centre, DateTimeOffset time, double semiMajorMetres, double semiMinorMetres, double majorAxisBearingDegrees)
    {
        if (!double.IsFinite(semiMinorMetres) || semiMinorMetres < 0 || semiMinorMetres > semiMajorMetres)
        {
            throw new ArgumentOutOfRangeException(nameof(semiMinorMetres), semiMinorMetres, "The semi-minor axis must be 0 to the semi-major axis.");
        }

        if (!double.IsFinite(majorAxisBearingDegrees))
        {
            throw new ArgumentOutOfRangeException(nameof(majorAxisBearingDegrees), majorAxisBearingDegrees, "The bearing must be finite.");
        }

        return new DriftSeed(SeedShape.Ellipse, centre, time, semiMajorMetres)
        {
            SemiMinorMetres = semiMinorMetres,
            MajorAxisBearingDegrees = UnitConversions.NormaliseBearingDegrees(majorAxisBearingDegrees),
        };
    }

    /// <summary>Anywhere on the track between two fixes, at the time the track was there, within a radius.</summary>
    /// <param name="first">The first fix.</param>
    /// <param name="firstTime">Its time.</param>
    /// <param name="second">The second fix.</param>
    /// <param name="secondTime">Its time, not before the first.</param>
    /// <param name="radiusMetres">The radius around the line, metres.</param>
    /// <returns>The seed.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The second time is before the first, or the radius is out of range.</exception>
    public static DriftSeed Line(GeoPosition first, DateTimeOffset firstTime, GeoPosition second, DateTimeOffset secondTime, double radiusMetres)
    {
        if (secondTime < firstTime)
        {
            throw new ArgumentOutOfRangeException(nameof(secondTime), secondTime, "The second fix cannot be before the first.");
        }

        return new DriftSeed(SeedShape.Line, first, firstTime, radiusMetres) { End = second, EndTime = secondTime, LatestTime = secondTime };
    }

    /// <summary>The same place, with departure anywhere in a window of time (e.g. "left the beach between 01:00 and
    /// 03:00"). Not for a line, whose times come from its fixes.</summary>
    /// <param name="earliest">The earliest departure.</param>
    /// <param name="latest">The latest departure, not before the earliest.</param>
    /// <returns>The seed.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The window is reversed.</exception>
    /// <exception cref="InvalidOperationException">The seed is a line.</exception>
    public DriftSeed WithDepartureWindow(DateTimeOffset earliest, DateTimeOffset latest)
    {
        if (latest < earliest)
        {
            throw new ArgumentOutOfRangeException(nameof(latest), latest, "The latest departure cannot be before the earliest.");
        }

        return Shape == SeedShape.Line
            ? throw new InvalidOperationException("A line seed takes its times from its two fixes.")
            : this with { Time = earliest, LatestTime = latest };
    }
}
