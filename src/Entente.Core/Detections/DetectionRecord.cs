using Entente.Core.Positions;
using Entente.Core.Time;

namespace Entente.Core.Detections;

/// <summary>
/// One line of the detections format (<c>detections.jsonl</c>, docs/formats/detections.md): a radar plot as range and
/// bearing from its site, or a position with its one-sigma error for ground, aerial and report detections.
/// </summary>
/// <remarks>This type is immutable and thread-safe. Construct it through <see cref="Radar"/> or <see cref="AtPosition"/>,
/// which validate the fields each kind needs.</remarks>
public sealed record DetectionRecord
{
    private readonly double? _rcsSquareMetres;
    private readonly BoatOutcome? _outcome;

    private DetectionRecord(DateTimeOffset time, string sensor, DetectionKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sensor);
        Time = UtcTime.Require(time, nameof(time));
        Sensor = sensor;
        Kind = kind;
    }

    /// <summary>When the observation was made (radar) or received (report), UTC.</summary>
    public DateTimeOffset Time { get; }

    /// <summary>The sensor or source id.</summary>
    public string Sensor { get; }

    /// <summary>The kind of source.</summary>
    public DetectionKind Kind { get; }

    /// <summary>The radar site (radar only).</summary>
    public GeoPosition? SensorPosition { get; private init; }

    /// <summary>Geodesic range from the site, metres (radar only).</summary>
    public double? RangeMetres { get; private init; }

    /// <summary>Initial geodesic bearing from the site, degrees true (radar only).</summary>
    public double? BearingDegrees { get; private init; }

    /// <summary>One-sigma range error, metres (radar only).</summary>
    public double? SigmaRangeMetres { get; private init; }

    /// <summary>One-sigma bearing error, degrees (radar only).</summary>
    public double? SigmaBearingDegrees { get; private init; }

    /// <summary>
    /// Estimated radar cross-section from the echo's strength, m²; radar only, when the radar reports it. Small boats
    /// are about 0.3–1.5 m², fishing vessels 100 m² and more.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not a positive finite number.</exception>
    /// <exception cref="InvalidOperationException">Set on a record that is not a radar plot.</exception>
    public double? RcsSquareMetres
    {
        get => _rcsSquareMetres;
        init
        {
            if (value is { } rcs)
            {
                if (Kind != DetectionKind.Radar)
                {
                    throw new InvalidOperationException("Only a radar plot carries a radar cross-section.");
                }

                RequirePositive(rcs, nameof(value));
            }

            _rcsSquareMetres = value;
        }
    }

    /// <summary>The observed position (all kinds but radar).</summary>
    public GeoPosition? Position { get; private init; }

    /// <summary>One-sigma horizontal position error, metres (all kinds but radar).</summary>
    public double? SigmaMetres { get; private init; }

    /// <summary>People seen or reported, when known.</summary>
    public int? People { get; init; }

    /// <summary>Observed speed over ground, knots, when known.</summary>
    public double? SpeedKnots { get; init; }

    /// <summary>Observed course over ground, degrees true, when known.</summary>
    public double? CourseDegrees { get; init; }

    /// <summary>
    /// For reports of how a boat's crossing ended: prevented, intercepted, rescued or landed (<see cref="Source"/> says
    /// who reported it: "asset" or "patrol"). A report with an outcome is not a distress call; null for every other record.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not a defined outcome.</exception>
    /// <exception cref="InvalidOperationException">Set on a record that is not a report.</exception>
    public BoatOutcome? Outcome
    {
        get => _outcome;
        init
        {
            if (value is { } outcome)
            {
                if (Kind != DetectionKind.Report)
                {
                    throw new InvalidOperationException("Only a report carries an outcome.");
                }

                if (!Enum.IsDefined(outcome))
                {
                    throw new ArgumentOutOfRangeException(nameof(value), outcome, "Unknown outcome.");
                }
            }

            _outcome = value;
        }
    }

    /// <summary>True for a report of an outcome (a boat prevented, intercepted, rescued or landed).</summary>
    public bool IsOutcomeReport => _outcome is not null;

    /// <summary>True for a distress report: a report that carries no outcome.</summary>
    public bool IsDistressReport => Kind == DetectionKind.Report && _outcome is null;

    /// <summary>For reports: how it came in (phone, relay, VHF, NGO; for an outcome, "asset" or "patrol").</summary>
    public string? Source { get; init; }

    /// <summary>For reports: an opaque id of the caller, the same for every call from one person.</summary>
    public string? Caller { get; init; }

    /// <summary>
    /// Whose the record is and who may see it, stamped by the source that received it (not part of the JSON-lines
    /// format: a feed's configuration or the sensor's owner decides it). Null when the source gave none.
    /// </summary>
    public Sharing.Provenance? Provenance { get; init; }

    /// <summary>
    /// Simulated data only: the ground-truth object that caused the detection, absent for false alarms. Trackers must
    /// not read it; metrics do.
    /// </summary>
    public string? TruthId { get; init; }

    /// <summary>A radar plot.</summary>
    /// <param name="time">When the beam passed the target, UTC.</param>
    /// <param name="sensor">The radar's id.</param>
    /// <param name="site">The antenna's position.</param>
    /// <param name="rangeMetres">Measured range, metres, non-negative.</param>
    /// <param name="bearingDegrees">Measured bearing, degrees true; normalised to [0, 360).</param>
    /// <param name="sigmaRangeMetres">One-sigma range error, positive.</param>
    /// <param name="sigmaBearingDegrees">One-sigma bearing error, positive.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentException">A value is out of range or not finite.</exception>
    public static DetectionRecord Radar(DateTimeOffset time, string sensor, GeoPosition site, double rangeMetres, double bearingDegrees,
        double sigmaRangeMetres, double sigmaBearingDegrees)
    {
        RequireNonNegative(rangeMetres, nameof(rangeMetres));
        RequirePositive(sigmaRangeMetres, nameof(sigmaRangeMetres));
        RequirePositive(sigmaBearingDegrees, nameof(sigmaBearingDegrees));
        if (!double.IsFinite(bearingDegrees))
        {
            throw new ArgumentOutOfRangeException(nameof(bearingDegrees), bearingDegrees, "A bearing must be a finite number of degrees.");
        }

        var bearing = bearingDegrees % 360.0;
        return new DetectionRecord(time, sensor, DetectionKind.Radar)
        {
            SensorPosition = site,
            RangeMetres = rangeMetres,
            BearingDegrees = bearing < 0 ? bearing + 360.0 : bearing,
            SigmaRangeMetres = sigmaRangeMetres,
            SigmaBearingDegrees = sigmaBearingDegrees,
        };
    }

    /// <summary>A ground, aerial or report detection at a position.</summary>
    /// <param name="time">When it was observed or received, UTC.</param>
    /// <param name="sensor">The sensor or source id.</param>
    /// <param name="kind">Ground, aerial or report.</param>
    /// <param name="position">The observed or reported position.</param>
    /// <param name="sigmaMetres">One-sigma horizontal error, positive.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentException">The kind is radar, or the sigma is not positive.</exception>
    public static DetectionRecord AtPosition(DateTimeOffset time, string sensor, DetectionKind kind, GeoPosition position, double sigmaMetres)
    {
        if (kind == DetectionKind.Radar)
        {
            throw new ArgumentException("A radar detection is a range and bearing; use Radar().", nameof(kind));
        }

        RequirePositive(sigmaMetres, nameof(sigmaMetres));
        return new DetectionRecord(time, sensor, kind) { Position = position, SigmaMetres = sigmaMetres };
    }

    private static void RequirePositive(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "The value must be a positive number.");
        }
    }

    private static void RequireNonNegative(double value, string name)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "The value must be a non-negative number.");
        }
    }
}
