using System.Text.Json;
using Entente.Incidents.Output;
using Entente.Picture.Pipeline;
using Entente.Rules.Output;

namespace Entente.Cli.Commands;

/// <summary>Writes one JSON-lines file of a replay: each frame's items (alert changes for alerts.jsonl, incident events
/// for incidents.jsonl, outcome reports for outcomes.jsonl), one line each, in time order.</summary>
internal sealed class JsonLinesFileStage : IReplayStage, IDisposable
{
    private readonly Action<Utf8JsonWriter, PictureUpdate> _writeAll;

    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly FileStream _file;
    private readonly Utf8JsonWriter _json;

    private JsonLinesFileStage(string path, FileStream file, Action<Utf8JsonWriter, PictureUpdate> writeAll)
    {
        Path = path;
        _writeAll = writeAll;
        _file = file;
        // Several top-level objects go through one writer, one per line: validation would refuse the second.
        _json = new Utf8JsonWriter(file, new JsonWriterOptions { SkipValidation = true });
    }

    /// <summary>The file's path.</summary>
    public string Path { get; }

    /// <summary>Lines written.</summary>
    public long Lines { get; private set; }

    /// <summary>alerts.jsonl (docs/formats/alerts.md): every alert change.</summary>
    public static JsonLinesFileStage Alerts(string directory) =>
        Create(directory, "alerts.jsonl", (json, update, line) =>
        {
            foreach (var change in update.Alerts)
            {
                AlertChangeJson.Write(json, change);
                line();
            }
        });

    /// <summary>incidents.jsonl (docs/formats/incidents.md): every incident event.</summary>
    public static JsonLinesFileStage Incidents(string directory) =>
        Create(directory, "incidents.jsonl", (json, update, line) =>
        {
            foreach (var e in update.Events)
            {
                IncidentEventJson.Write(json, e);
                line();
            }
        });

    /// <summary>outcomes.jsonl (docs/formats/outcomes.md): every outcome report.</summary>
    public static JsonLinesFileStage Outcomes(string directory) =>
        Create(directory, "outcomes.jsonl", (json, update, line) =>
        {
            foreach (var report in update.Outcomes)
            {
                OutcomeReportJson.Write(json, report);
                line();
            }
        });

    /// <summary>Creates (or replaces) a file in a directory, creating the directory if needed.</summary>
    private static JsonLinesFileStage Create(string directory, string fileName, Action<Utf8JsonWriter, PictureUpdate, Action> write)
    {
        var path = System.IO.Path.Combine(directory, fileName);
        try
        {
            Directory.CreateDirectory(directory);
            JsonLinesFileStage? stage = null;
            stage = new JsonLinesFileStage(path, new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16),
                (json, update) => write(json, update, () => stage!.EndLine()));
            return stage;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CommandInputException(SimCommands.OneLine($"cannot write '{path}': {ex.Message}"), ex);
        }
    }

    public void Observe(PictureUpdate update) => _writeAll(_json, update);

    public void Complete() => _file.Flush();

    private void EndLine()
    {
        _json.Flush();
        _json.Reset();
        _file.Write(NewLine);
        Lines++;
    }

    public void Dispose()
    {
        _json.Dispose();
        _file.Dispose();
    }
}
