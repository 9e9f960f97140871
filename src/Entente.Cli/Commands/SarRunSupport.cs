using System.Text.Encodings.Web;
using System.Text.Json;
using Entente.Geo.Rasters;
using Entente.Sar.Drift;
using Entente.Sar.Forcing;

namespace Entente.Cli.Commands;

/// <summary>What <c>sar drift</c> and <c>sar plan</c> both do: run a drift behind a progress bar, turning forcing that
/// does not cover it into a one-line error, and write JSON files that keep text readable.</summary>
internal static class SarRunSupport
{
    /// <summary>Runs a drift, showing its progress on standard error; the bar is ended however the run ends.</summary>
    public static DriftResult Drift(DriftRequest request, LandRaster land, TextWriter error, bool terminal, CancellationToken cancellationToken)
    {
        var progress = new Progress(request, error, terminal);
        try
        {
            return DriftRunner.Run(request, land, progress, cancellationToken);
        }
        catch (ForcingCoverageException ex)
        {
            throw new CommandInputException(SimCommands.OneLine(ex.Message), ex);
        }
        finally
        {
            progress.Finish();
        }
    }

    /// <summary>Writes one JSON file.</summary>
    public static void WriteJson(string path, Action<Utf8JsonWriter> write)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        write(writer);
    }

    // Feeds the drift's fraction done to the bar, with the drift time it stands for.
    private sealed class Progress : IProgress<double>
    {
        private readonly DriftRequest _request;
        private readonly SimProgressWriter _writer;
        private DateTimeOffset _reached;

        public Progress(DriftRequest request, TextWriter error, bool terminal)
        {
            _request = request;
            _reached = request.Seed.Time;
            _writer = new SimProgressWriter(error, terminal, () => _reached, "drifted");
        }

        public void Report(double value)
        {
            _reached = _request.Seed.Time + ((_request.EndTime - _request.Seed.Time) * value);
            _writer.Report(value);
        }

        public void Finish() => _writer.Finish();
    }
}
