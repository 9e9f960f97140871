using System.CommandLine;
using System.Globalization;
using System.Net;
using Entente.Ais.GpsdJson;
using Entente.Ais.Ingest;

namespace Entente.Cli.Commands;

/// <summary>entente ais ...: AIS decoding.</summary>
internal static class AisCommands
{
    public static Command Create(CliStreams streams)
    {
        var ais = new Command("ais", "Decode AIS (NMEA 0183 !AIVDM/!AIVDO sentences, with or without tag blocks).");
        ais.Add(CreateDecode(streams));
        ais.Add(CreateListen(streams));
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
        var json = new JsonOptions();
        var errors = new Option<bool>("--errors") { Description = "Print each rejected line and why to standard error" };
        var stats = new Option<bool>("--stats") { Description = "Print counts of lines, messages by type and errors by kind to standard error at the end" };

        var decode = new Command("decode", "Decode AIS sentences into gpsd-compatible JSON, one object per line (as gpsdecode -j).")
        {
            file, errors, stats,
        };
        json.AddTo(decode);
        decode.SetAction((parse, cancellationToken) =>
        {
            var options = json.Read(parse);
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

    private static Command CreateListen(CliStreams streams)
    {
        var udp = new Option<int?>("--udp") { Description = "Listen for UDP datagrams on this port (0 picks a free one)", HelpName = "PORT" };
        var tcp = new Option<string?>("--tcp") { Description = "Connect to a TCP feed, reconnecting with back-off when it drops", HelpName = "HOST:PORT" };
        var errors = new Option<bool>("--errors") { Description = "Print each rejected line and why to standard error as it comes" };
        var stats = new Option<bool>("--stats") { Description = "Print counts of connections, lines, messages and errors to standard error when stopped" };
        var json = new JsonOptions();
        var listen = new Command("listen", "Decode a live AIS feed (UDP or TCP) into gpsd-compatible JSON, one object per line, until stopped (Ctrl+C).")
        {
            udp, tcp, errors, stats,
        };
        json.AddTo(listen);
        listen.SetAction(async (parse, cancellationToken) =>
        {
            var configuration = parse.InvocationConfiguration;
            var error = TextWriter.Synchronized(configuration.Error);
            var sourceOptions = new AisSourceOptions
            {
                OnRejectedLine = parse.GetValue(errors)
                    ? r => error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"line {r.LineNumber}: {r.Reason} ({Ais.Decoding.AisErrorKinds.Name(r.Kind)})") +
                                           (r.Text.Length > 0 ? ": " + r.Text : string.Empty))
                    : null,
            };
            await using var source = CreateLiveSource(parse.GetValue(udp), parse.GetValue(tcp), sourceOptions, error);
            var raw = streams.OpenOutput is { } open ? open() : new TextWriterStream(configuration.Output);
            await using var sink = new BufferedStream(raw, 1 << 16);
            var runner = new AisListenRunner(source, json.Read(parse), sink);
            await runner.RunAsync(cancellationToken);
            if (parse.GetValue(stats))
            {
                runner.WriteStatistics(error);
            }

            return 0;
        });
        return listen;
    }

    private static AisSource CreateLiveSource(int? udpPort, string? tcpAddress, AisSourceOptions options, TextWriter error)
    {
        if (udpPort is null == tcpAddress is null)
        {
            throw new CommandInputException("give either --udp PORT or --tcp HOST:PORT.");
        }

        if (udpPort is { } port)
        {
            if (port is < 0 or > 65535)
            {
                throw new CommandInputException(string.Create(CultureInfo.InvariantCulture, $"UDP port {port} is out of range: it must be 0 to 65535."));
            }

            AisUdpSource udp;
            try
            {
                udp = new AisUdpSource("udp:" + port.ToString(CultureInfo.InvariantCulture), new IPEndPoint(IPAddress.Any, port), options);
            }
            catch (System.Net.Sockets.SocketException ex)
            {
                throw new CommandInputException(string.Create(CultureInfo.InvariantCulture, $"cannot listen on UDP port {port}: {ex.Message}"), ex);
            }

            // Say where, which matters when the port was picked by the system.
            error.WriteLine("entente: listening on udp " + udp.LocalEndPoint.ToString());
            return udp;
        }

        var colon = tcpAddress!.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(tcpAddress.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var tcpPort) || tcpPort is < 1 or > 65535)
        {
            throw new CommandInputException($"'{tcpAddress}' is not HOST:PORT, e.g. 153.44.253.27:5631.");
        }

        var host = tcpAddress[..colon].Trim('[', ']');
        return new AisTcpClientSource("tcp:" + tcpAddress, host, tcpPort, options: options);
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

    /// <summary>The JSON switches <c>decode</c> and <c>listen</c> share, as gpsdecode's.</summary>
    private sealed class JsonOptions
    {
        private readonly Option<bool> _unscaled = new("--unscaled", "-u") { Description = "Raw integers instead of degrees and knots, as gpsdecode -u" };
        private readonly Option<bool> _split24 = new("--split24", "-s") { Description = "Write type 24 parts A and B as they come, as gpsdecode -s" };
        private readonly Option<string> _dialect = new("--dialect")
        {
            Description = "Which gpsd's JSON to match: gpsd322 (Debian's gpsdecode, the default) or gpsd2026",
            DefaultValueFactory = _ => "gpsd322",
        };

        private readonly Option<bool> _noDevice = new("--no-device") { Description = "Leave out the \"device\" member" };

        public JsonOptions() => _dialect.AcceptOnlyFromAmong("gpsd322", "gpsd2026");

        public void AddTo(Command command)
        {
            command.Add(_unscaled);
            command.Add(_split24);
            command.Add(_dialect);
            command.Add(_noDevice);
        }

        public GpsdJsonOptions Read(ParseResult parse) => new()
        {
            Scaled = !parse.GetValue(_unscaled),
            SplitType24 = parse.GetValue(_split24),
            Dialect = parse.GetValue(_dialect) == "gpsd2026" ? GpsdDialect.Gpsd2026 : GpsdDialect.Gpsd322,
            Device = parse.GetValue(_noDevice) ? null : "stdin",
        };
    }
}
