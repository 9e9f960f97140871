using System.Text;
using System.Text.Json;
using Entente.Core.Detections;

namespace Entente.Simulation.Output;

/// <summary>Writes a simulation to <c>truth.jsonl</c>, <c>detections.jsonl</c> and <c>ais.nmea</c> in a directory.</summary>
public sealed class DirectorySink : ISimulationSink, IDisposable
{
    /// <summary>The truth file's name.</summary>
    public const string TruthFileName = "truth.jsonl";

    /// <summary>The detections file's name.</summary>
    public const string DetectionsFileName = "detections.jsonl";

    /// <summary>The AIS file's name.</summary>
    public const string AisFileName = "ais.nmea";

    private const int BufferBytes = 1 << 20;
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly FileStream _truth;
    private readonly FileStream _detections;
    private readonly StreamWriter _ais;
    private readonly Utf8JsonWriter _truthJson;
    private readonly Utf8JsonWriter _detectionJson;

    /// <summary>Creates the directory if needed and the three files (replacing old ones).</summary>
    /// <param name="directory">The output directory.</param>
    public DirectorySink(string directory)
    {
        Directory.CreateDirectory(directory);
        _truth = Create(Path.Combine(directory, TruthFileName));
        _detections = Create(Path.Combine(directory, DetectionsFileName));
        _ais = new StreamWriter(Create(Path.Combine(directory, AisFileName)), new UTF8Encoding(false), BufferBytes) { NewLine = "\n" };
        var options = new JsonWriterOptions { SkipValidation = true };
        _truthJson = new Utf8JsonWriter(_truth, options);
        _detectionJson = new Utf8JsonWriter(_detections, options);
    }

    /// <summary>Lines written to each file so far.</summary>
    public (long Truth, long Detections, long Ais) Lines { get; private set; }

    /// <inheritdoc />
    public void Truth(TruthRecord record)
    {
        TruthRecordJson.Write(_truthJson, record);
        _truthJson.Flush();
        _truthJson.Reset();
        _truth.Write(NewLine);
        Lines = Lines with { Truth = Lines.Truth + 1 };
    }

    /// <inheritdoc />
    public void Detection(DetectionRecord record)
    {
        DetectionRecordJson.Write(_detectionJson, record);
        _detectionJson.Flush();
        _detectionJson.Reset();
        _detections.Write(NewLine);
        Lines = Lines with { Detections = Lines.Detections + 1 };
    }

    /// <inheritdoc />
    public void Ais(DateTimeOffset time, string line)
    {
        _ais.WriteLine(line);
        Lines = Lines with { Ais = Lines.Ais + 1 };
    }

    /// <inheritdoc />
    public void StepCompleted(DateTimeOffset time)
    {
    }

    /// <summary>Flushes and closes the files.</summary>
    public void Dispose()
    {
        _truthJson.Dispose();
        _detectionJson.Dispose();
        _truth.Dispose();
        _detections.Dispose();
        _ais.Dispose();
    }

    private static FileStream Create(string path) =>
        new(path, FileMode.Create, FileAccess.Write, FileShare.Read, BufferBytes, FileOptions.SequentialScan);
}
