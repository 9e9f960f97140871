using System.Globalization;
using Entente.Tracking.Metrics;

namespace Entente.Cli.Commands;

/// <summary>The table <c>entente track eval</c> prints: what was read, GOSPA with its terms, then one row per class.</summary>
internal static class TrackEvalTable
{
    private const string Header =
        "class          truths  GOSPA m  complete  spurious  id changes  per 10 h     PA m  MMSI ok  class ok  latency s      n";

    public static void Write(TextWriter output, TrackEvalOutcome outcome)
    {
        var c = CultureInfo.InvariantCulture;
        var e = outcome.Evaluation;
        var o = e.Overall.Gospa;
        var coverage = e.CoverageFromDetections
            ? string.Create(c, $"a truth counts while radar saw it at least {e.Options.CoverageMinDetections} times in the last {e.Options.CoverageWindow.TotalSeconds:0.#} s")
            : "every truth counts (no radar detections of truths given)";
        output.WriteLine(string.Create(c,
            $"{e.FrameCount} truth frames {e.FrameInterval.TotalSeconds:0.###} s apart, {outcome.TrackFrames} track frames, " +
            $"{outcome.Detections} radar detections; {coverage}"));
        output.WriteLine(string.Create(c,
            $"GOSPA (c = {e.Options.CutoffMetres:0.###} m, p = {e.Options.Order:0.###}): mean {o.DistanceMetres:F1} m; " +
            $"mean terms ({TermUnit(e.Options.Order)}): localisation {o.Localisation:F1}, missed {o.Missed:F1}, false {o.False:F1}"));
        output.WriteLine($"spurious confirmed track time (tracks never paired with a truth): {Percent(e.SpuriousTrackTimeFraction)}");
        output.WriteLine();
        output.WriteLine(Header);
        output.WriteLine(Row("all", e.Overall));
        foreach (var (truthClass, scores) in e.ByClass.OrderBy(p => p.Key))
        {
            output.WriteLine(Row(TrackEvalJson.ClassName(truthClass), scores));
        }
    }

    private static string Row(string name, EvaluationScores s) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-13} {s.TruthCount,7} {s.Gospa.DistanceMetres,8:F1} {Percent(s.Completeness),9} {Percent(s.Spuriousness),9} " +
        $"{s.TrackNumberChanges,11} {Number(s.TrackNumberChangesPerTenHours, "F2"),9} {Number(s.PositionalAccuracyMetres, "F1"),8} " +
        $"{Percent(s.MmsiCorrectness),8} {Percent(s.ClassificationAccuracy),9} {Number(s.MedianLatency?.TotalSeconds, "F1"),10} {s.LatencyCount,6}");

    private static string TermUnit(double order) => order switch
    {
        1 => "m",
        2 => "m²",
        _ => string.Create(CultureInfo.InvariantCulture, $"m^{order:0.###}"),
    };

    private static string Percent(double? fraction) => fraction is { } f ? (f * 100).ToString("F1", CultureInfo.InvariantCulture) + "%" : "-";

    private static string Number(double? value, string format) => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "-";
}
