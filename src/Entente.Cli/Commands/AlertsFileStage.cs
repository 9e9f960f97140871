using System.Text.Json;
using Entente.Rules.Output;
using Entente.Picture.Pipeline;

namespace Entente.Cli.Commands;

/// <summary>Writes every alert change to alerts.jsonl (docs/formats/alerts.md), one line each, in time order.</summary>
internal sealed class AlertsFileStage : IReplayStage, IDisposable
{
    public const string FileName = "alerts.jsonl";

    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly FileStream _file;
    private readonly Utf8JsonWriter _json;

    private AlertsFileStage(string path, FileStream file)
    {
        Path = path;
        _file = file;
        // Several top-level objects go through one writer, one per line: validation would refuse the second.
        _json = new Utf8JsonWriter(file, new JsonWriterOptions { SkipValidation = true });
    }

    /// <summary>The file's path.</summary>
    public string Path { get; }

    /// <summary>Lines written.</summary>
    public long Lines { get; private set; }

    /// <summary>Creates (or replaces) alerts.jsonl in a directory, creating the directory if needed.</summary>
    public static AlertsFileStage Create(string directory)
    {
        var path = System.IO.Path.Combine(directory, FileName);
        try
        {
            Directory.CreateDirectory(directory);
            return new AlertsFileStage(path, new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CommandInputException(SimCommands.OneLine($"cannot write '{path}': {ex.Message}"), ex);
        }
    }

    public void Observe(PictureUpdate update)
    {
        foreach (var change in update.Alerts)
        {
            AlertChangeJson.Write(_json, change);
            _json.Flush();
            _json.Reset();
            _file.Write(NewLine);
            Lines++;
        }
    }

    public void Complete() => _file.Flush();

    public void Dispose()
    {
        _json.Dispose();
        _file.Dispose();
    }
}
