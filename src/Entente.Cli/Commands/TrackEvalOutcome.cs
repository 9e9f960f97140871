using Entente.Tracking.Metrics;

namespace Entente.Cli.Commands;

/// <summary>What <c>entente track eval</c> found: the evaluation and what was read to get it.</summary>
/// <param name="Evaluation">The scores.</param>
/// <param name="TrackFrames">Valid track frames read.</param>
/// <param name="Detections">Radar detections of a truth given to the evaluator.</param>
/// <param name="BadLines">Lines skipped, per file role (truth, tracks, detections).</param>
internal sealed record TrackEvalOutcome(TrackingEvaluation Evaluation, long TrackFrames, long Detections, IReadOnlyDictionary<string, long> BadLines);
