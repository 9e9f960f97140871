namespace Entente.Cli.Commands;

/// <summary>The files <c>entente track eval</c> reads, as given on the command line.</summary>
/// <param name="Truth">The ground truth (truth.jsonl).</param>
/// <param name="Tracks">The tracker's output (tracks.jsonl).</param>
/// <param name="Detections">The detections (detections.jsonl), or null to count every truth as in coverage.</param>
internal sealed record TrackEvalFiles(string Truth, string Tracks, string? Detections);
