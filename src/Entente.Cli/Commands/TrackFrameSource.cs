using Entente.Core.Projection;
using Entente.Tracking.Output;

namespace Entente.Cli.Commands;

/// <summary>
/// Reads tracks.jsonl and answers, for each truth time, the tracks reported then: the frame at exactly that time, or
/// else the latest earlier frame within <see cref="MatchWindow"/>, dead-reckoned to the truth time. Bad lines are
/// reported and skipped.
/// </summary>
internal sealed class TrackFrameSource(JsonLinesReader lines, BadLineLog bad)
{
    /// <summary>How old a track frame may be and still stand for a truth time: a few scans of the slowest radar.</summary>
    public static readonly TimeSpan MatchWindow = TimeSpan.FromSeconds(30);

    private TrackFrame? _current;
    private TrackFrame? _next;
    private DateTimeOffset? _lastRead;

    /// <summary>Valid frames read so far.</summary>
    public long Frames { get; private set; }

    /// <summary>The tracks standing for a truth time; times must be asked for in increasing order.</summary>
    public IReadOnlyList<TrackReport> At(DateTimeOffset time)
    {
        while (Peek() is { } next && next.Time <= time)
        {
            _current = next;
            _next = null;
        }

        if (_current is null || time - _current.Time > MatchWindow)
        {
            return [];
        }

        if (_current.Time == time)
        {
            return _current.Tracks;
        }

        var elapsed = time - _current.Time;
        return [.. _current.Tracks.Select(t => TrackExtrapolation.DeadReckon(t, elapsed))];
    }

    private TrackFrame? Peek()
    {
        while (_next is null && lines.TryReadLine(out var line, out var tooLong))
        {
            if (tooLong)
            {
                bad.Report(lines, $"The line is longer than {JsonLinesReader.MaxLineBytes >> 20} MiB.");
            }
            else if (!TrackFrameJson.TryParse(line, out var frame, out var error))
            {
                bad.Report(lines, error!);
            }
            else if (frame!.Time <= _lastRead)
            {
                bad.Report(lines, "The frame is out of time order: it is not later than the frame before it.");
            }
            else if (frame.Tracks.Any(t => !ChannelProjection.TryProject(t.Position, out _)))
            {
                bad.Report(lines, "A track is outside the Channel projection's domain.");
            }
            else
            {
                _next = frame;
                _lastRead = frame.Time;
                Frames++;
            }
        }

        return _next;
    }
}
