using System.Globalization;
using Entente.Core.Detections;
using Entente.Rules.Alerts;

namespace Entente.Cli.Commands;

/// <summary>The lines <c>entente replay</c> ends with on standard error: what was read, what the rules raised, the
/// incidents, and how fast it went.</summary>
internal static class ReplaySummaryText
{
    /// <param name="runner">The replay.</param>
    /// <param name="frameInterval">Time between frames.</param>
    /// <param name="tide">The tidal stream, described.</param>
    /// <param name="files">alerts.jsonl, incidents.jsonl and outcomes.jsonl, in that order.</param>
    /// <param name="elapsed">How long it took.</param>
    public static IEnumerable<string> Format(ReplayRunner runner, TimeSpan frameInterval, string tide, IReadOnlyList<JsonLinesFileStage> files, TimeSpan elapsed)
    {
        var (alertsPath, linesWritten) = (files[0].Path, files[0].Lines);
        var (incidentsPath, incidentLines) = (files[1].Path, files[1].Lines);
        var (outcomesPath, outcomeLines) = (files[2].Path, files[2].Lines);
        var c = CultureInfo.InvariantCulture;
        yield return string.Create(c, $"entente replay: {runner.Recording.Describe()}; {runner.Frames} frames every {Duration(frameInterval)}; {tide}.");

        var raised = runner.Raised.Values.Sum();
        var byType = string.Join(", ", Enum.GetValues<AlertType>().Where(runner.Raised.ContainsKey)
            .Select(t => string.Create(c, $"{AlertTypes.ToName(t)} {runner.Raised[t]}")));
        var alerts = raised == 0 ? "no alerts raised" : string.Create(c, $"{Count(raised, "alert")} raised ({byType})");
        yield return string.Create(c, $"entente replay: {alerts}, {Count(runner.Escalations, "escalation")}; {Count(linesWritten, "change")} written to {alertsPath}.");
        yield return string.Create(c, $"entente replay: {Count(runner.Incidents, "incident")} opened; {Count(incidentLines, "event")} written to {incidentsPath}.");
        var byOutcome = string.Join(", ", Enum.GetValues<BoatOutcome>().Where(runner.Outcomes.ContainsKey)
            .Select(o => string.Create(c, $"{BoatOutcomes.ToName(o)} {runner.Outcomes[o]}")));
        var outcomes = outcomeLines == 0 ? "no outcome reports" : string.Create(c, $"{Count(outcomeLines, "outcome report")} ({byOutcome})");
        yield return string.Create(c, $"entente replay: {outcomes} written to {outcomesPath}.");

        if (runner.Recording.FirstTime is not { } first || runner.Recording.LastTime is not { } last)
        {
            yield return string.Create(c, $"entente replay: the recording holds no record with a time, in {Duration(elapsed)}.");
            yield break;
        }

        var span = last - first;
        var speed = elapsed > TimeSpan.Zero && span > TimeSpan.Zero ? string.Create(c, $", {span / elapsed:N0}× real time") : string.Empty;
        yield return string.Create(c, $"entente replay: {Duration(span)} of recording in {Duration(elapsed)}{speed}.");
    }

    private static string Count(long n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

    /// <summary>A duration as people read it: 41 s, 2 min 05 s, 12.5 h.</summary>
    public static string Duration(TimeSpan span) => span switch
    {
        { TotalSeconds: < 10 } => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.0#} s"),
        { TotalSeconds: < 60 } => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0} s"),
        { TotalMinutes: < 60 } => string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes} min {span.Seconds:00} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0.#} h"),
    };
}
