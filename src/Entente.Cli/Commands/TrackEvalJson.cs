using System.Buffers;
using System.Text;
using System.Text.Json;
using Entente.Tracking.Metrics;

namespace Entente.Cli.Commands;

/// <summary>
/// The scores of <c>entente track eval --json</c> as one JSON object (docs/formats/tracks.md): fixed field order and
/// rounding; a ratio with nothing to divide by is left out, never written as null.
/// </summary>
internal static class TrackEvalJson
{
    /// <summary>The name of a truth class in the output: small-boat, vessel-ais or vessel-no-ais.</summary>
    public static string ClassName(TruthClass truthClass) => truthClass switch
    {
        TruthClass.SmallBoat => "small-boat",
        TruthClass.VesselWithAis => "vessel-ais",
        TruthClass.VesselWithoutAis => "vessel-no-ais",
        _ => throw new ArgumentOutOfRangeException(nameof(truthClass), truthClass, "Unknown truth class."),
    };

    public static string Format(TrackEvalOutcome outcome)
    {
        var e = outcome.Evaluation;
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("frames", e.FrameCount);
            w.WriteNumber("frame_interval_s", Math.Round(e.FrameInterval.TotalSeconds, 3));
            w.WriteNumber("track_frames", outcome.TrackFrames);
            w.WriteNumber("detections", outcome.Detections);
            w.WriteNumber("cutoff_m", e.Options.CutoffMetres);
            w.WriteNumber("p", e.Options.Order);
            w.WriteBoolean("coverage_from_detections", e.CoverageFromDetections);
            w.WriteNumber("coverage_window_s", e.Options.CoverageWindow.TotalSeconds);
            Optional(w, "spurious_track_time_fraction", e.SpuriousTrackTimeFraction, 6);
            w.WriteStartObject("bad_lines");
            foreach (var (role, count) in outcome.BadLines)
            {
                w.WriteNumber(role, count);
            }

            w.WriteEndObject();
            w.WritePropertyName("overall");
            Scores(w, e.Overall);
            w.WriteStartObject("classes");
            foreach (var (truthClass, scores) in e.ByClass.OrderBy(p => p.Key))
            {
                w.WritePropertyName(ClassName(truthClass));
                Scores(w, scores);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Scores(Utf8JsonWriter w, EvaluationScores s)
    {
        w.WriteStartObject();
        w.WriteNumber("truths", s.TruthCount);
        w.WriteNumber("gospa_m", Math.Round(s.Gospa.DistanceMetres, 3));
        w.WriteNumber("gospa_localisation", Math.Round(s.Gospa.Localisation, 3));
        w.WriteNumber("gospa_missed", Math.Round(s.Gospa.Missed, 3));
        w.WriteNumber("gospa_false", Math.Round(s.Gospa.False, 3));
        w.WriteNumber("truth_samples", s.TruthSamples);
        w.WriteNumber("assigned_truth_samples", s.AssignedTruthSamples);
        Optional(w, "completeness", s.Completeness, 6);
        w.WriteNumber("track_samples", s.TrackSamples);
        w.WriteNumber("spurious_track_samples", s.SpuriousTrackSamples);
        Optional(w, "spuriousness", s.Spuriousness, 6);
        w.WriteNumber("track_number_changes", s.TrackNumberChanges);
        w.WriteNumber("in_coverage_h", Math.Round(s.InCoverageTime.TotalHours, 6));
        Optional(w, "track_number_changes_per_10h", s.TrackNumberChangesPerTenHours, 3);
        Optional(w, "pa_m", s.PositionalAccuracyMetres, 3);
        Optional(w, "longest_segment_fraction", s.LongestSegmentFraction, 6);
        w.WriteNumber("mmsi_samples", s.MmsiSamples);
        Optional(w, "mmsi_correct", s.MmsiCorrectness, 6);
        Optional(w, "class_correct", s.ClassificationAccuracy, 6);
        w.WriteNumber("latency_count", s.LatencyCount);
        Optional(w, "latency_median_s", s.MedianLatency?.TotalSeconds, 3);
        w.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter w, string name, double? value, int decimals)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, Math.Round(v, decimals));
        }
    }
}
