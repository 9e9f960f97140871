using Entente.Core.Detections;

namespace Entente.Server.Feeds;

/// <summary>One line of a body or datagram of detection records, read.</summary>
/// <param name="Number">Its line number, from 1.</param>
/// <param name="Record">The record, when the line is valid.</param>
/// <param name="Error">Why it was rejected, in one sentence, when not.</param>
internal readonly record struct DetectionLine(long Number, DetectionRecord? Record, string? Error);
