using Entente.Core.Detections;
using Entente.Core.Projection;
using Entente.Tracking.Models;
using Entente.Tracking.Types;

namespace Entente.Tracking.Detections;

/// <summary>
/// A detection as the tracker uses it: its time, its measurement vector with the model that explains it, and a rough
/// position in the projection (for gating by distance and for starting tracks).
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
    ProjectedPoint Position, double SigmaMetres);
