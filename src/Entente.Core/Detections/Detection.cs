using Entente.Core.Identifiers;
using Entente.Core.Positions;
using Entente.Core.Sharing;
using Entente.Core.Time;

namespace Entente.Core.Detections;

/// <summary>One observation of something at sea, with its position uncertainty and provenance.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Detection : IShareable
{
    /// <summary>Creates a detection.</summary>
    /// <param name="time">When it was observed (UTC).</param>
    /// <param name="sensor">The sensor or source.</param>
    /// <param name="kind">The kind of source.</param>
    /// <param name="position">The observed position (WGS84).</param>
    /// <param name="sigmaMetres">One-sigma horizontal position error in metres, positive.</param>
    /// <param name="provenance">Originating agency and releasability.</param>
    /// <param name="peopleCount">People seen aboard or reported, when known.</param>
    /// <exception cref="ArgumentException">The time is not UTC, the sigma is not positive, or people is negative.</exception>
    public Detection(DateTimeOffset time, SensorId sensor, DetectionKind kind, GeoPosition position, double sigmaMetres,
        Provenance provenance, int? peopleCount = null)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        if (!double.IsFinite(sigmaMetres) || sigmaMetres <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sigmaMetres), sigmaMetres, "Sigma must be a positive number of metres.");
        }

        if (peopleCount is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(peopleCount), peopleCount, "A people count cannot be negative.");
        }

        Time = UtcTime.Require(time, nameof(time));
        Sensor = sensor;
        Kind = kind;
        Position = position;
        SigmaMetres = sigmaMetres;
        Provenance = provenance;
        PeopleCount = peopleCount;
    }

    /// <summary>When it was observed (UTC).</summary>
    public DateTimeOffset Time { get; }

    /// <summary>The sensor or source.</summary>
    public SensorId Sensor { get; }

    /// <summary>The kind of source.</summary>
    public DetectionKind Kind { get; }

    /// <summary>The observed position (WGS84).</summary>
    public GeoPosition Position { get; }

    /// <summary>One-sigma horizontal position error in metres.</summary>
    public double SigmaMetres { get; }

    /// <inheritdoc />
    public Provenance Provenance { get; }

    /// <summary>People seen aboard or reported, when known.</summary>
    public int? PeopleCount { get; }
}
