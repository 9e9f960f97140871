using Entente.Core.Detections;
using Entente.Tracking.Metrics;

namespace Entente.Cli.Commands;

/// <summary>
/// Feeds the radar plots of detections.jsonl that name their truth to the evaluator, merged by time with the truth
/// frames. Other kinds, and plots of clutter (no truth_id), are read and passed over; bad lines are reported and skipped.
/// </summary>
internal sealed class DetectionFeed(JsonLinesReader lines, BadLineLog bad)
{
    private (DateTimeOffset Time, string TruthId)? _pending;

    /// <summary>Plots given to the evaluator.</summary>
    public long Added { get; private set; }

    /// <summary>Gives the evaluator every plot at or before a time.</summary>
    public void AddUpTo(DateTimeOffset time, TrackingEvaluator evaluator)
    {
        while ((_pending ??= Next()) is { } plot && plot.Time <= time)
        {
            evaluator.AddDetection(plot.TruthId, plot.Time);
            Added++;
            _pending = null;
        }
    }

    private (DateTimeOffset Time, string TruthId)? Next()
    {
        while (lines.TryReadLine(out var line, out var tooLong))
        {
            if (tooLong)
            {
                bad.Report(lines, "The line is too long for a detection.");
            }
            else if (!DetectionRecordJson.TryParse(line, out var record, out var error))
            {
                bad.Report(lines, error!);
            }
            else if (record!.Kind == DetectionKind.Radar && !string.IsNullOrWhiteSpace(record.TruthId))
            {
                return (record.Time, record.TruthId);
            }
        }

        return null;
    }
}
