using Entente.Tracking.Metrics;

namespace Entente.Cli.Commands;

/// <summary>
/// The loop of <c>entente track eval</c>: streams the truth, tracks and detections files together in time order (each
/// file is read once, a line at a time), one truth frame at a time, into a <see cref="TrackingEvaluator"/>.
/// </summary>
internal sealed class TrackEvalRunner(TrackEvalFiles files, EvaluationOptions options, TextWriter error)
{
    public TrackEvalOutcome Run(CancellationToken cancellationToken)
    {
        var bad = new BadLineLog(error);
        using var truthLines = JsonLinesReader.Open("truth", files.Truth);
        using var trackLines = JsonLinesReader.Open("tracks", files.Tracks);
        using var detectionLines = files.Detections is { } path ? JsonLinesReader.Open("detections", path) : null;
        var truths = new TruthFrameReader(truthLines, bad);
        var tracks = new TrackFrameSource(trackLines, bad);
        var detections = detectionLines is null ? null : new DetectionFeed(detectionLines, bad);
        bad.Track(truthLines);
        bad.Track(trackLines);
        if (detectionLines is not null)
        {
            bad.Track(detectionLines);
        }

        var evaluator = new TrackingEvaluator(options);
        while (truths.TryRead(out var time, out var frame))
        {
            cancellationToken.ThrowIfCancellationRequested();
            detections?.AddUpTo(time, evaluator);
            evaluator.AddFrame(time, frame, tracks.At(time));
        }

        bad.Summarise();
        return new TrackEvalOutcome(evaluator.Result(), tracks.Frames, detections?.Added ?? 0, bad.Counts);
    }
}
