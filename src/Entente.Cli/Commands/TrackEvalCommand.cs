using System.CommandLine;
using System.Globalization;
using Entente.Tracking.Metrics;

namespace Entente.Cli.Commands;

/// <summary><c>entente track eval</c>: its options and how they become an evaluation.</summary>
internal static class TrackEvalCommand
{
    public static Command Create()
    {
        var truth = new Option<string>("--truth")
        {
            Description = "The ground truth, truth.jsonl (docs/formats/truth.md)",
            HelpName = "FILE",
            Required = true,
        };
        var tracks = new Option<string>("--tracks")
        {
            Description = "The tracker's output, tracks.jsonl (docs/formats/tracks.md)",
            HelpName = "FILE",
            Required = true,
        };
        var detections = new Option<string?>("--detections")
        {
            Description = "Detections, detections.jsonl: a truth counts only while radar saw it at least --coverage-min times in the last 60 s (without: always)",
            HelpName = "FILE",
        };
        var cutoff = new Option<double>("--cutoff-m") { Description = "The GOSPA cut-off c, metres", HelpName = "M", DefaultValueFactory = _ => 500 };
        var order = new Option<double>("--p") { Description = "The GOSPA order p, at least 1", HelpName = "P", DefaultValueFactory = _ => 2 };
        var coverageMin = new Option<int>("--coverage-min")
        {
            Description = "Radar plots within the last 60 s that put a truth in coverage",
            HelpName = "N",
            DefaultValueFactory = _ => new EvaluationOptions().CoverageMinDetections,
        };
        var json = new Option<bool>("--json") { Description = "Print the scores as one JSON object instead of a table" };
        var eval = new Command("eval", "Score tracks against the ground truth: GOSPA with its terms, and SIAP measures overall and per class.")
        {
            truth, tracks, detections, cutoff, order, coverageMin, json,
        };
        eval.SetAction((parse, cancellationToken) =>
        {
            var configuration = parse.InvocationConfiguration;
            var options = Options(parse.GetValue(cutoff), parse.GetValue(order), parse.GetValue(coverageMin));
            var files = new TrackEvalFiles(parse.GetRequiredValue(truth), parse.GetRequiredValue(tracks), parse.GetValue(detections));
            TrackEvalOutcome outcome;
            try
            {
                outcome = new TrackEvalRunner(files, options, configuration.Error).Run(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                configuration.Error.WriteLine("entente: interrupted; nothing was scored.");
                return Task.FromResult(SimRunRunner.InterruptedExitCode);
            }

            if (parse.GetValue(json))
            {
                configuration.Output.WriteLine(TrackEvalJson.Format(outcome));
            }
            else
            {
                TrackEvalTable.Write(configuration.Output, outcome);
            }

            return Task.FromResult(0);
        });
        return eval;
    }

    private static EvaluationOptions Options(double cutoffMetres, double order, int coverageMin)
    {
        if (coverageMin < 1)
        {
            throw new CommandInputException(string.Create(CultureInfo.InvariantCulture, $"--coverage-min {coverageMin} is out of range: give 1 or more."));
        }

        if (!double.IsFinite(cutoffMetres) || cutoffMetres <= 0)
        {
            throw new CommandInputException(
                string.Create(CultureInfo.InvariantCulture, $"--cutoff-m {cutoffMetres} is out of range: give a positive number of metres."));
        }

        if (!double.IsFinite(order) || order < 1)
        {
            throw new CommandInputException(string.Create(CultureInfo.InvariantCulture, $"--p {order} is out of range: give 1 or more."));
        }

        return new EvaluationOptions { CutoffMetres = cutoffMetres, Order = order, CoverageMinDetections = coverageMin };
    }
}
