using System.Globalization;
using System.Text.Json;

namespace Entente.LoadTest;

/// <summary>The browsers' side, in a process of its own (as browsers would be): connects the readers and the stalled
/// clients, measures after the warm-up, and prints one JSON line with what it saw.</summary>
internal static class ClientRun
{
    public static async Task<int> RunAsync(Uri stream, int clients, int stalled, TimeSpan warmUp, TimeSpan measure, string token)
    {
        using var run = new CancellationTokenSource();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1_000 }) { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var readers = Enumerable.Range(0, clients).Select(_ => new StreamClient(http, stream)).ToList();
        var tasks = readers.Select(c => Task.Run(() => c.RunAsync(run.Token))).ToList();
        tasks.AddRange(Enumerable.Range(0, stalled).Select(_ => Task.Run(() => new StalledClient(http, stream).RunAsync(run.Token))));
        await Task.Delay(warmUp);
        var from = DateTimeOffset.UtcNow;
        foreach (var reader in readers)
        {
            reader.MeasureFrom = from;
        }

        await Task.Delay(measure);
        await run.CancelAsync();
        await Task.WhenAll(tasks);
        var result = new ClientResult(
            [.. readers.SelectMany(r => r.LatenciesMs).Select(l => Math.Round(l, 2))],
            readers.Sum(r => r.Frames),
            readers.Sum(r => r.Bytes),
            readers.Min(r => r.MinTracks),
            readers.Max(r => r.MaxTracks));
        Console.WriteLine(JsonSerializer.Serialize(result, JsonSerializerOptions.Web));
        return 0;
    }

    public static Task<int> RunAsync(string[] args) =>
        RunAsync(new Uri(args[0]), Int(args[1]), Int(args[2]), TimeSpan.FromSeconds(Int(args[3])), TimeSpan.FromSeconds(Int(args[4])), args[5]);

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
