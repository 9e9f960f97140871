using System.Globalization;
using System.Text;
using Entente.Ais.Decoding;
using Entente.Core.Detections;
using Entente.Tracking.Detections;

namespace Entente.Cli.Commands;

/// <summary>
/// Reads a recording, detections.jsonl and ais.nmea (either may be absent), as one stream in time order by merging the
/// two files by time; a detection goes before an AIS report of the same time. Bad detection lines are counted, the
/// first few reported with their line numbers, and skipped. <c>entente track</c> and <c>entente replay</c> share it.
/// </summary>
internal sealed class RecordingReader(TextWriter errors)
{
    private const int ReportedErrors = 10;

    private readonly AisDecoder _decoder = new();

    public long DetectionLines { get; private set; }

    public long BadDetectionLines { get; private set; }

    public long AisLines { get; private set; }

    public long AisMessages { get; private set; }

    public long UntimedAisMessages { get; private set; }

    /// <summary>The converter of AIS messages, with its counts of reports, duplicates and unusable ones.</summary>
    public AisDetectionConverter Ais { get; } = new();

    /// <summary>The time of the first item read, once one has been.</summary>
    public DateTimeOffset? FirstTime { get; private set; }

    /// <summary>The time of the last item read.</summary>
    public DateTimeOffset? LastTime { get; private set; }

    /// <summary>Opens one file of a recording; a missing or unreadable file is bad input, reported against a label
    /// (e.g. the option that named it).</summary>
    public static StreamReader Open(string path, string label)
    {
        try
        {
            return new StreamReader(path, new UTF8Encoding(false), false, 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandInputException($"{label}: {SimCommands.OneLine(ex.Message)}", ex);
        }
    }

    /// <summary>What was read, in one phrase for a command's summary.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{DetectionLines} detection lines ({BadDetectionLines} bad), {AisMessages} AIS messages ({Ais.Reports} position reports, {Ais.Duplicates} duplicates, {Ais.Unusable} unusable, {UntimedAisMessages} without a time)");

    /// <summary>The items of both files, merged by time.</summary>
    public IEnumerable<RecordedItem> Read(TextReader? detections, TextReader? ais, CancellationToken cancellationToken)
    {
        using var detectionSource = detections is null ? null : ReadDetections(detections).GetEnumerator();
        using var aisSource = ais is null ? null : ReadAis(ais).GetEnumerator();
        var haveDetection = detectionSource?.MoveNext() ?? false;
        var haveAis = aisSource?.MoveNext() ?? false;
        var count = 0;
        while (haveDetection || haveAis)
        {
            if ((++count & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            RecordedItem next;
            if (haveDetection && (!haveAis || detectionSource!.Current.Time <= aisSource!.Current.Time))
            {
                next = detectionSource!.Current;
                haveDetection = detectionSource.MoveNext();
            }
            else
            {
                next = aisSource!.Current;
                haveAis = aisSource.MoveNext();
            }

            FirstTime ??= next.Time;
            LastTime = next.Time;
            yield return next;
        }
    }

    private IEnumerable<RecordedItem> ReadDetections(TextReader reader)
    {
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            DetectionLines++;
            if (line.Length == 0)
            {
                continue;
            }

            if (DetectionRecordJson.TryParse(Encoding.UTF8.GetBytes(line), out var record, out var error))
            {
                yield return new RecordedItem(record!.Time, record, null);
            }
            else
            {
                BadDetectionLines++;
                if (BadDetectionLines <= ReportedErrors)
                {
                    errors.WriteLine(string.Create(CultureInfo.InvariantCulture, $"detections line {DetectionLines}: {error}"));
                }
            }
        }
    }

    private IEnumerable<RecordedItem> ReadAis(TextReader reader)
    {
        string? line;
        DateTimeOffset? lastTime = null;
        while ((line = reader.ReadLine()) is not null)
        {
            AisLines++;
            var result = _decoder.Decode(line);
            if (result.Status != AisDecodeStatus.Message || result.Message is null)
            {
                continue;
            }

            AisMessages++;
            DateTimeOffset time;
            if (result.Reception.UnixTimeMilliseconds is { } ms)
            {
                time = DateTimeOffset.FromUnixTimeMilliseconds(ms);
                lastTime = time;
            }
            else if (lastTime is { } previous)
            {
                // No tag-block time: the message is taken as heard with the last one that had a time.
                UntimedAisMessages++;
                time = previous;
            }
            else
            {
                UntimedAisMessages++;
                continue;
            }

            if (Ais.Convert(result.Message, time) is { } detection)
            {
                yield return new RecordedItem(detection.Time, null, detection);
            }
        }
    }
}
