using Entente.Core.Projection;
using Entente.Simulation.Output;
using Entente.Tracking.Metrics;

namespace Entente.Cli.Commands;

/// <summary>
/// Reads truth.jsonl as frames: consecutive lines with the same time make one frame. Objects that are not targets at sea
/// (aircraft, people in the water, boats ashore or gone) are left out; the rest become <see cref="TruthPoint"/>s. Lines
/// that cannot be used are reported and skipped.
/// </summary>
internal sealed class TruthFrameReader(JsonLinesReader lines, BadLineLog bad)
{
    private (TruthRecord Record, TruthPoint? Point)? _pending;

    /// <summary>Frames read.</summary>
    public long Frames { get; private set; }

    /// <summary>Reads the next frame.</summary>
    /// <returns>False at the end of the file.</returns>
    public bool TryRead(out DateTimeOffset time, out List<TruthPoint> truths)
    {
        truths = [];
        var first = _pending ?? Next();
        _pending = null;
        if (first is not { } start)
        {
            time = default;
            return false;
        }

        time = start.Record.Time;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Add(start.Point, truths, ids);
        while (Next() is { } next)
        {
            if (next.Record.Time > time)
            {
                _pending = next;
                break;
            }

            if (next.Record.Time < time)
            {
                bad.Report(lines, "The line is out of time order: it is earlier than the line before it.");
            }
            else if (next.Point is { } point && !ids.Add(point.Id))
            {
                bad.Report(lines, $"Object '{point.Id}' appears twice at this time.");
            }
            else
            {
                Add(next.Point, truths, ids);
            }
        }

        Frames++;
        return true;
    }

    /// <summary>The truth class of an object, or null when it is not scored: not a vessel at sea.</summary>
    public static TruthClass? ClassOf(TruthRecord record) =>
        TruthClasses.FromTruth(TruthRecordJson.KindName(record.Kind), TruthRecordJson.StateName(record.State), record.Mmsi is not null);

    private static void Add(TruthPoint? point, List<TruthPoint> truths, HashSet<string> ids)
    {
        if (point is not null)
        {
            ids.Add(point.Id);
            truths.Add(point);
        }
    }

    /// <summary>The next usable line: its record, and its truth point unless the object is not scored.</summary>
    private (TruthRecord Record, TruthPoint? Point)? Next()
    {
        while (lines.TryReadLine(out var line, out var tooLong))
        {
            if (tooLong)
            {
                bad.Report(lines, "The line is too long for a truth record.");
                continue;
            }

            if (!TruthRecordJson.TryParse(line, out var record, out var error))
            {
                bad.Report(lines, error!);
                continue;
            }

            if (ClassOf(record!) is not { } truthClass)
            {
                return (record!, null);
            }

            if (!ChannelProjection.TryProject(record!.Position, out _))
            {
                bad.Report(lines, "The position is outside the Channel projection's domain.");
                continue;
            }

            if (record.Mmsi is < 1 or > Core.Identifiers.Mmsi.MaxValue)
            {
                bad.Report(lines, "'mmsi' is not a valid MMSI (1 to 999999999).");
                continue;
            }

            return (record, new TruthPoint(record.Id, truthClass, record.Position, record.Mmsi));
        }

        return null;
    }
}
