using System.CommandLine;
using Entente.Geo.Geography;
using Entente.Picture.WatchFloor;
using Entente.Simulation.Output;

namespace Entente.Cli.Commands;

/// <summary><c>entente replay DIR</c>: a recording through tracking, the rules and the incidents stage, as fast as
/// possible, into alerts.jsonl, incidents.jsonl and outcomes.jsonl.</summary>
internal static class ReplayCommand
{
    public static Command Create(TimeProvider timeProvider)
    {
        var directory = new Argument<string>("DIR")
        {
            Description = "A recording: detections.jsonl and/or ais.nmea, e.g. the output of 'entente sim run' (truth.jsonl is never read)",
        };
        var output = new Option<string?>("--out", "-o") { Description = "The directory for alerts.jsonl, incidents.jsonl and outcomes.jsonl (docs/formats/alerts.md, incidents.md, outcomes.md); DIR by default", HelpName = "DIR" };
        var scenario = new Option<string?>("--scenario") { Description = "Take the tidal stream from this scenario: a built-in name or a scenario file", HelpName = "NAME|FILE" };
        var frame = new Option<string>("--frame") { Description = "Time between situation frames, at which the rules run, e.g. 10s", HelpName = "INTERVAL", DefaultValueFactory = _ => "10s" };
        var maxKnots = new Option<double?>("--tide-max-kn") { Description = "Tidal stream without a scenario: the peak rate, knots (with the two below)", HelpName = "KN" };
        var floodDegrees = new Option<double?>("--tide-flood-deg") { Description = "Tidal stream: where the flood sets, degrees true", HelpName = "DEG" };
        var operators = new Option<string?>("--accept-handovers-after")
        {
            Description = "Have simulated watch officers accept each handover after this delay (e.g. 4m); nobody answers offers otherwise",
            HelpName = "INTERVAL",
        };
        var acknowledge = new Option<string?>("--acknowledge-after")
        {
            Description = "Have simulated watch officers acknowledge each alert this long after it is raised (e.g. 2m); nobody does otherwise",
            HelpName = "INTERVAL",
        };
        var task = new Option<string?>("--task-after")
        {
            Description = "Have simulated watch officers task the nearest available rescue asset of the coordinating centre to each incident this long after it opens (e.g. 5m)",
            HelpName = "INTERVAL",
        };
        var floodPeak = new Option<string?>("--tide-flood-peak") { Description = "Tidal stream: a time of peak flood, ISO 8601 UTC", HelpName = "TIME" };
        var replay = new Command("replay", "Replay a recording through tracking and the rules as fast as possible, writing every alert change to alerts.jsonl.")
        {
            directory, output, scenario, frame, maxKnots, floodDegrees, floodPeak, operators, acknowledge, task,
        };
        replay.SetAction((parse, cancellationToken) =>
        {
            var configuration = parse.InvocationConfiguration;
            var dir = parse.GetRequiredValue(directory);
            var interval = IntervalText.Parse(parse.GetValue(frame)!, "--frame");
            var (current, tide) = ReplayTide.Resolve(parse.GetValue(scenario), parse.GetValue(maxKnots), parse.GetValue(floodDegrees), parse.GetValue(floodPeak));
            if (!Directory.Exists(dir))
            {
                throw new CommandInputException($"'{dir}' is not a directory: give the directory of a recording (detections.jsonl, ais.nmea).");
            }

            var detectionsPath = Path.Combine(dir, DirectorySink.DetectionsFileName);
            var aisPath = Path.Combine(dir, DirectorySink.AisFileName);
            if (!File.Exists(detectionsPath) && !File.Exists(aisPath))
            {
                throw new CommandInputException($"'{dir}' holds neither {DirectorySink.DetectionsFileName} nor {DirectorySink.AisFileName}: there is nothing to replay.");
            }

            using var detections = File.Exists(detectionsPath) ? RecordingReader.Open(detectionsPath, detectionsPath) : null;
            using var ais = File.Exists(aisPath) ? RecordingReader.Open(aisPath, aisPath) : null;
            var accept = parse.GetValue(operators) is { } after ? IntervalText.Parse(after, "--accept-handovers-after") : (TimeSpan?)null;
            var watchFloor = new SimulatedWatchFloorOptions
            {
                AcknowledgeAfter = parse.GetValue(acknowledge) is { } ack ? IntervalText.Parse(ack, "--acknowledge-after") : null,
                TaskAfter = parse.GetValue(task) is { } tasking ? IntervalText.Parse(tasking, "--task-after") : null,
            };
            using var alerts = JsonLinesFileStage.Alerts(parse.GetValue(output) ?? dir);
            using var incidents = JsonLinesFileStage.Incidents(parse.GetValue(output) ?? dir);
            using var outcomes = JsonLinesFileStage.Outcomes(parse.GetValue(output) ?? dir);
            var runner = new ReplayRunner(ChannelGeography.LoadDefault(), current, ReplayWind.FromScenario(parse.GetValue(scenario)), interval, accept,
                watchFloor, [alerts, incidents, outcomes], configuration.Error);
            var started = timeProvider.GetTimestamp();
            try
            {
                runner.Run(detections, ais, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                var upTo = runner.LastFrame is { } t ? $" up to {t.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}" : string.Empty;
                configuration.Error.WriteLine($"entente: interrupted; {alerts.Path} holds the alert changes{upTo}.");
                return Task.FromResult(SimRunRunner.InterruptedExitCode);
            }

            var elapsed = timeProvider.GetElapsedTime(started);
            foreach (var line in ReplaySummaryText.Format(runner, interval, tide, [alerts, incidents, outcomes], elapsed))
            {
                configuration.Error.WriteLine(line);
            }

            return Task.FromResult(0);
        });
        return replay;
    }
}
