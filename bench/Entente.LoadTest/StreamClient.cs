using System.Text.Json;

namespace Entente.LoadTest;

/// <summary>One browser's worth of <c>/api/stream</c>: reads every event as it comes and, for each frame, notes how long
/// after the server made it the whole event had arrived and was parsed (both clocks are this machine's). Reads bytes
/// into one reused buffer, as a browser's parser does not make a copy per event.</summary>
internal sealed class StreamClient(HttpClient http, Uri stream)
{
    private static readonly byte[] FramePrefix = "event: frame\ndata: "u8.ToArray();
    private readonly List<double> _latenciesMs = [];
    private readonly Lock _gate = new();

    public long Frames { get; private set; }

    public long Bytes { get; private set; }

    public int MinTracks { get; private set; } = int.MaxValue;

    public int MaxTracks { get; private set; }

    /// <summary>Only frames made after this are measured.</summary>
    public DateTimeOffset MeasureFrom { get; set; } = DateTimeOffset.MaxValue;

    public IReadOnlyList<double> LatenciesMs
    {
        get
        {
            lock (_gate)
            {
                return [.. _latenciesMs];
            }
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(stream, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[1 << 20];
            var filled = 0;
            while (true)
            {
                if (filled == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var read = await body.ReadAsync(buffer.AsMemory(filled), cancellationToken);
                if (read == 0)
                {
                    return;
                }

                var scanFrom = Math.Max(0, filled - 1);
                filled += read;
                // Every complete event ("\n\n"-terminated) in the buffer.
                var start = 0;
                int end;
                while ((end = buffer.AsSpan(Math.Max(start, scanFrom), filled - Math.Max(start, scanFrom)).IndexOf("\n\n"u8)) >= 0)
                {
                    end += Math.Max(start, scanFrom);
                    Event(buffer.AsMemory(start, end - start));
                    start = end + 2;
                }

                Buffer.BlockCopy(buffer, start, buffer, 0, filled - start);
                filled -= start;
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    private void Event(ReadOnlyMemory<byte> text)
    {
        if (!text.Span.StartsWith(FramePrefix))
        {
            return;
        }

        Bytes += text.Length;
        // Parsed whole, as a browser would, before it counts as delivered.
        using var document = JsonDocument.Parse(text[FramePrefix.Length..]);
        var sentAt = document.RootElement.GetProperty("sentAt").GetDateTimeOffset();
        var tracks = document.RootElement.GetProperty("tracks").GetArrayLength();
        var latency = (DateTimeOffset.UtcNow - sentAt).TotalMilliseconds;
        Frames++;
        if (sentAt < MeasureFrom)
        {
            return;
        }

        MinTracks = Math.Min(MinTracks, tracks);
        MaxTracks = Math.Max(MaxTracks, tracks);
        lock (_gate)
        {
            _latenciesMs.Add(latency);
        }
    }
}
