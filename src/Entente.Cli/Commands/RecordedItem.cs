using Entente.Core.Detections;
using Entente.Tracking.Detections;

namespace Entente.Cli.Commands;

/// <summary>One item of a recording: a detection record as read, or an AIS position report already converted.</summary>
/// <param name="Time">When it was observed or received.</param>
/// <param name="Record">The detection record, for a line of detections.jsonl.</param>
/// <param name="Ais">The detection, for a position report of ais.nmea.</param>
internal readonly record struct RecordedItem(DateTimeOffset Time, DetectionRecord? Record, TrackerDetection? Ais);
