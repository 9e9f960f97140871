using Entente.Core.Detections;
using Entente.Core.Projection;
using Entente.Tracking.Models;
using Entente.Tracking.Types;

namespace Entente.Tracking.Detections;

/// <summary>
/// A detection as the tracker uses it: its time, its measurement vector with the model that explains it, and a rough
/// position in the projection (for gating by distance and for starting tracks), with what else the source said.
/// </summary>
/// <param name="Time">When it was observed, UTC.</param>
/// <param name="Sensor">The sensor's id.</param>
/// <param name="Kind">The kind of source.</param>
/// <param name="Measurement">The measurement, m×1.</param>
/// <param name="Model">How the sensor sees a state.</param>
/// <param name="Position">Where the detection puts the object, in the projection.</param>
/// <param name="SigmaMetres">A rough one-sigma position error, metres (the larger axis for radar).</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record TrackerDetection(DateTimeOffset Time, string Sensor, DetectionKind Kind, Matrix Measurement, IMeasurementModel Model,
    ProjectedPoint Position, double SigmaMetres)
{
    /// <summary>The MMSI of an AIS report; null for every other source.</summary>
    public int? Mmsi { get; init; }

    /// <summary>The vessel's name, when an AIS static report gave it.</summary>
    public string? Name { get; init; }

    /// <summary>People seen or reported, when the source says.</summary>
    public int? People { get; init; }

    /// <summary>The radar's estimate of the echo's cross-section, m², when it gives one.</summary>
    public double? RcsSquareMetres { get; init; }

    /// <summary>The 2×2 covariance of <see cref="Position"/> (easting, northing), when it is not circular (a radar
    /// plot's error is long across the line of sight); null means <see cref="SigmaMetres"/> in every direction.</summary>
    public Matrix? PositionCovariance { get; init; }

    /// <summary>True for a report of how a crossing ended (rescued, landed, …), which is not a distress call and says
    /// nothing of what the boat is.</summary>
    public bool IsOutcomeReport { get; init; }

    /// <summary>Whether this comes from an AIS transponder.</summary>
    public bool IsAis => Mmsi is not null;

    /// <summary>Whose the detection is and who may see it; null when its source gave none (then it leaves a track's
    /// audience as it was).</summary>
    public Core.Sharing.Provenance? Provenance { get; init; }
}
