using Entente.Core.Positions;
using Entente.Tracking.Tracks;

namespace Entente.Tracking.Output;

/// <summary>
/// One track as the tracker reports it at one instant: where it is, how it moves, how sure the tracker is, and what it
/// is believed to be. One element of a <see cref="TrackFrame"/>, written as one object of a line of the tracks format
/// (docs/formats/tracks.md).
/// </summary>
/// <remarks>
/// Every instance is valid: the constructor checks each value. Deleted tracks are never reported, so
/// <see cref="Status"/> is tentative, confirmed or coasting. This type is immutable and thread-safe.
/// </remarks>
public sealed record TrackReport
{
    /// <summary>Creates a validated report.</summary>
    /// <param name="id">The track number, not negative; unique within the tracker and never reused.</param>
    /// <param name="position">The estimated position.</param>
    /// <param name="speedKnots">Estimated speed over ground, knots; finite and not negative.</param>
    /// <param name="courseDegrees">Estimated course over ground, degrees true, in [0, 360).</param>
    /// <param name="sigmaMetres">One-sigma horizontal position error, metres; finite and not negative.</param>
    /// <param name="trackClass">What the track is believed to be.</param>
    /// <param name="classConfidence">How sure the tracker is of <paramref name="trackClass"/>, 0 to 1.</param>
    /// <param name="status">Tentative, confirmed or coasting.</param>
    /// <param name="mmsi">The MMSI attached from AIS, 1 to 999,999,999, or null.</param>
    /// <param name="name">The vessel's name from AIS, not blank, or null.</param>
    /// <param name="people">People believed aboard, not negative, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range or not finite.</exception>
    /// <exception cref="ArgumentException">The name is empty or blank.</exception>
    public TrackReport(long id, GeoPosition position, double speedKnots, double courseDegrees, double sigmaMetres, TrackClass trackClass,
        double classConfidence, TrackStatus status, int? mmsi = null, string? name = null, int? people = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        if (!double.IsFinite(speedKnots) || speedKnots < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(speedKnots), speedKnots, "Speed must be a finite, non-negative number of knots.");
        }

        if (!double.IsFinite(courseDegrees) || courseDegrees is < 0 or >= 360)
        {
            throw new ArgumentOutOfRangeException(nameof(courseDegrees), courseDegrees, "Course must be in [0, 360) degrees.");
        }

        if (!double.IsFinite(sigmaMetres) || sigmaMetres < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sigmaMetres), sigmaMetres, "Sigma must be a finite, non-negative number of metres.");
        }

        if (!Enum.IsDefined(trackClass))
        {
            throw new ArgumentOutOfRangeException(nameof(trackClass), trackClass, "Unknown track class.");
        }

        if (!double.IsFinite(classConfidence) || classConfidence is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(classConfidence), classConfidence, "Class confidence must be between 0 and 1.");
        }

        if (status is not (TrackStatus.Tentative or TrackStatus.Confirmed or TrackStatus.Coasting))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A reported track is tentative, confirmed or coasting.");
        }

        if (mmsi is < 1 or > Core.Identifiers.Mmsi.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(mmsi), mmsi, "An MMSI is 1 to 999999999.");
        }

        if (name is not null && string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A name, when given, must not be blank.", nameof(name));
        }

        if (people is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(people), people, "People cannot be negative.");
        }

        Id = id;
        Position = position;
        SpeedKnots = speedKnots;
        CourseDegrees = courseDegrees;
        SigmaMetres = sigmaMetres;
        Class = trackClass;
        ClassConfidence = classConfidence;
        Status = status;
        Mmsi = mmsi;
        Name = name;
        People = people;
    }

    /// <summary>The track number: unique within the tracker, never reused.</summary>
    public long Id { get; }

    /// <summary>The estimated position (WGS84).</summary>
    public GeoPosition Position { get; }

    /// <summary>Estimated speed over ground, knots.</summary>
    public double SpeedKnots { get; }

    /// <summary>Estimated course over ground, degrees true, in [0, 360).</summary>
    public double CourseDegrees { get; }

    /// <summary>One-sigma horizontal position error, metres.</summary>
    public double SigmaMetres { get; }

    /// <summary>What the track is believed to be.</summary>
    public TrackClass Class { get; }

    /// <summary>How sure the tracker is of <see cref="Class"/>, 0 to 1.</summary>
    public double ClassConfidence { get; }

    /// <summary>Tentative, confirmed or coasting.</summary>
    public TrackStatus Status { get; }

    /// <summary>The MMSI attached from AIS, or null.</summary>
    public int? Mmsi { get; }

    /// <summary>The vessel's name from AIS, or null.</summary>
    public string? Name { get; }

    /// <summary>People believed aboard, or null when unknown.</summary>
    public int? People { get; }

    /// <summary>When the track last had an AIS report, or null when it never had one. Not written to the tracks
    /// format; the AIS-gap rule reads it.</summary>
    public DateTimeOffset? LastAisUpdate { get; init; }

    /// <summary>Who may see the track (<see cref="Tracks.Track.Provenance"/>); null when no supporting detection had one.</summary>
    public Core.Sharing.Provenance? Provenance { get; init; }
}
