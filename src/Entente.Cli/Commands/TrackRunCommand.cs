using System.CommandLine;
using System.Globalization;
using Entente.Tracking.Pipeline;

namespace Entente.Cli.Commands;

/// <summary><c>entente track --ais … --detections … --out …</c>: the options of the track command itself and how they
/// become a run.</summary>
internal static class TrackRunCommand
{
    public static void AddTo(Command track)
    {
        var ais = new Option<string?>("--ais") { Description = "AIS sentences with tag-block times, e.g. ais.nmea (docs/formats/ais-nmea.md)", HelpName = "FILE" };
        var detections = new Option<string?>("--detections") { Description = "Detections, detections.jsonl (docs/formats/detections.md)", HelpName = "FILE" };
        var output = new Option<string>("--out", "-o") { Description = "Where to write the picture, tracks.jsonl (docs/formats/tracks.md); - for standard output", HelpName = "FILE" };
        var every = new Option<string>("--every") { Description = "How often to write the picture, e.g. 10s or 1m", HelpName = "INTERVAL", DefaultValueFactory = _ => "10s" };
        var motion = new Option<string>("--motion") { Description = "The motion model: cv or imm", HelpName = "MODEL", DefaultValueFactory = _ => new TrackingPipelineOptions().Motion };
        var noise = new Option<double?>("--process-noise") { Description = "Acceleration noise density of the cv motion, m²/s³ (default 0.3)", HelpName = "Q" };
        var tentative = new Option<bool>("--tentative") { Description = "Also write tentative tracks" };
        var describe = new Option<bool>("--describe") { Description = "Print the composed pipeline (components and settings) as JSON and stop" };
        track.Add(ais);
        track.Add(detections);
        track.Add(output);
        track.Add(every);
        track.Add(motion);
        track.Add(noise);
        track.Add(tentative);
        track.Add(describe);
        track.SetAction((parse, cancellationToken) =>
        {
            var configuration = parse.InvocationConfiguration;
            var options = Pipeline(parse.GetValue(motion)!, parse.GetValue(noise));
            if (parse.GetValue(describe))
            {
                configuration.Output.WriteLine(TrackingPipeline.Describe(options).ToJson(indented: true));
                return Task.FromResult(0);
            }

            var aisPath = parse.GetValue(ais);
            var detectionsPath = parse.GetValue(detections);
            var outPath = parse.GetValue(output) ?? throw new CommandInputException("Give --out FILE (or - for standard output) for the tracks.");
            if (aisPath is null && detectionsPath is null)
            {
                throw new CommandInputException("Give --ais FILE, --detections FILE or both: there is nothing to track.");
            }

            var interval = IntervalText.Parse(parse.GetValue(every)!, "--every");
            using var aisReader = aisPath is null ? null : RecordingReader.Open(aisPath, "--ais " + aisPath);
            using var detectionsReader = detectionsPath is null ? null : RecordingReader.Open(detectionsPath, "--detections " + detectionsPath);
            using var writer = outPath == "-" ? null : new StreamWriter(outPath, false, new System.Text.UTF8Encoding(false), 1 << 16);
            var runner = new TrackRunRunner(options, interval, parse.GetValue(tentative), configuration.Error);
            try
            {
                runner.Run(detectionsReader, aisReader, writer ?? configuration.Output, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                configuration.Error.WriteLine("entente: interrupted; the tracks written so far are complete frames.");
                return Task.FromResult(SimRunRunner.InterruptedExitCode);
            }

            var stats = runner.Tracker.Statistics;
            configuration.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"entente track: {runner.Recording.Describe()}; " +
                $"{stats.TracksConfirmed} tracks confirmed, {stats.OutOfSequenceUsed} late detections slotted in, {stats.LateDetectionsDropped} too late; {runner.Frames} frames written."));
            return Task.FromResult(0);
        });
    }

    private static TrackingPipelineOptions Pipeline(string motion, double? processNoise)
    {
        if (processNoise is { } q && (!double.IsFinite(q) || q <= 0 || q > 100))
        {
            throw new CommandInputException(string.Create(CultureInfo.InvariantCulture, $"--process-noise {q} is out of range: give more than 0 and at most 100 m²/s³."));
        }

        if (!TrackingPipeline.Choices["motion"].Contains(motion))
        {
            throw new CommandInputException($"--motion {motion} does not exist: choose one of {string.Join(", ", TrackingPipeline.Choices["motion"])}.");
        }

        var options = new TrackingPipelineOptions { Motion = motion };
        return processNoise is { } density ? options with { ProcessNoiseDensity = density } : options;
    }
}
