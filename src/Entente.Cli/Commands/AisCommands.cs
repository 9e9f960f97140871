using System.CommandLine;
using Entente.Ais.GpsdJson;

namespace Entente.Cli.Commands;

/// <summary>entente ais ...: AIS decoding.</summary>
internal static class AisCommands
{
    public static Command Create(CliStreams streams)
    {
        var ais = new Command("ais", "Decode AIS (NMEA 0183 !AIVDM/!AIVDO sentences, with or without tag blocks).");
        ais.Add(CreateDecode(streams));
        return ais;
    }

    private static Command CreateDecode(CliStreams streams)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "The NMEA file to decode; '-' or nothing reads standard input",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "-",
        };
        var unscaled = new Option<bool>("--unscaled", "-u") { Description = "Raw integers instead of degrees and knots, as gpsdecode -u" };
        var split24 = new Option<bool>("--split24", "-s") { Description = "Write type 24 parts A and B as they come, as gpsdecode -s" };
        var dialect = new Option<string>("--dialect")
        {
            Description = "Which gpsd's JSON to match: gpsd322 (Debian's gpsdecode, the default) or gpsd2026",
            DefaultValueFactory = _ => "gpsd322",
        };
        dialect.AcceptOnlyFromAmong("gpsd322", "gpsd2026");
        var noDevice = new Option<bool>("--no-device") { Description = "Leave out the \"device\" member" };
        var errors = new Option<bool>("--errors") { Description = "Print each rejected line and why to standard error" };
        var stats = new Option<bool>("--stats") { Description = "Print counts of lines, messages by type and errors by kind to standard error at the end" };

        var decode = new Command("decode", "Decode AIS sentences into gpsd-compatible JSON, one object per line (as gpsdecode -j).")
        {
            file, unscaled, split24, dialect, noDevice, errors, stats,
        };
        decode.SetAction((parse, cancellationToken) =>
        {
            var options = new GpsdJsonOptions
            {
                Scaled = !parse.GetValue(unscaled),
                SplitType24 = parse.GetValue(split24),
                Dialect = parse.GetValue(dialect) == "gpsd2026" ? GpsdDialect.Gpsd2026 : GpsdDialect.Gpsd322,
                Device = parse.GetValue(noDevice) ? null : "stdin",
            };
            var configuration = parse.InvocationConfiguration;
            return Task.FromResult(Decode(
                parse.GetValue(file) ?? "-",
                options,
                parse.GetValue(errors),
                parse.GetValue(stats),
                streams,
                configuration.Output,
                configuration.Error,
                cancellationToken));
        });
        return decode;
    }

    private static int Decode(
        string path,
        GpsdJsonOptions options,
        bool printErrors,
        bool printStatistics,
        CliStreams streams,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        using var input = path == "-" ? streams.OpenInput() : OpenFile(path);
        // Bulk output goes to the raw standard output when there is one, else through the writer (tests).
        using var sink = streams.OpenOutput is { } open ? open() : new TextWriterStream(output);
        var runner = new AisDecodeRunner(options, sink, printErrors ? error : null);
        runner.Run(input, cancellationToken);
        if (printStatistics)
        {
            runner.WriteStatistics(error);
        }

        return 0;
    }

    private static FileStream OpenFile(string path)
    {
        try
        {
            // No FileStream buffer: the decoder reads in large blocks itself.
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CommandInputException($"cannot read '{path}': no such file.", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandInputException($"cannot read '{path}': {ex.Message}", ex);
        }
    }
}
