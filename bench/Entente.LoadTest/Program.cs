using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Entente.LoadTest;

// The push channel under load: the real server on loopback, its picture fed radar plots at a fixed rate (stored, as a
// live feed's are), frames every second, and clients reading /api/stream. Reports the delivery latency of frames.
// `map`: the same server and feed with the map page open in headless Chromium instead (MapRun).
if (args is ["clients", .. var rest])
{
    return await ClientRun.RunAsync(rest);
}

if (args is ["map", .. var mapArgs])
{
    return await MapRun.RunAsync(LoadOptions.Parse(mapArgs));
}

var options = LoadOptions.Parse(args);
// The clients run in their own process and connect at once: the warm-up covers their start too.
await using var server = await FedServer.StartAsync(options.Targets, options.DetectionsPerSecond);
var address = new Uri(server.BaseAddress, "api/stream");
var broadcaster = server.Broadcaster;
var sink = server.Sink;
var field = server.Field;

var children = Process.Start(new ProcessStartInfo(Environment.ProcessPath!)
{
    ArgumentList =
    {
        typeof(LoadOptions).Assembly.Location, "clients", address.ToString(), options.Clients.ToString(CultureInfo.InvariantCulture),
        options.StalledClients.ToString(CultureInfo.InvariantCulture), options.WarmUp.TotalSeconds.ToString(CultureInfo.InvariantCulture),
        options.Measure.TotalSeconds.ToString(CultureInfo.InvariantCulture), await server.ReaderTokenAsync(),
    },
    RedirectStandardOutput = true,
})!;

var total = options.WarmUp + options.Measure;
var memory = new List<(double Seconds, long HeapBytes, long WorkingSetBytes)>();
var feed = server.FeedAsync(total);

await Task.Delay(options.WarmUp);
var sentAtStart = server.Sent;
var measuredFrom = server.Elapsed;
var publishedAtStart = broadcaster.Published;
while (server.Elapsed < total)
{
    await Task.Delay(TimeSpan.FromSeconds(5));
    memory.Add((server.Elapsed.TotalSeconds, GC.GetTotalMemory(false), Environment.WorkingSet));
}

await feed;
var achievedRate = (server.Sent - sentAtStart) / (server.Elapsed - measuredFrom).TotalSeconds;
var published = broadcaster.Published - publishedAtStart;
var output = await children.StandardOutput.ReadToEndAsync();
await children.WaitForExitAsync();
var seen = JsonSerializer.Deserialize<ClientResult>(output.Trim().Split('\n')[^1], JsonSerializerOptions.Web)!;

var latencies = seen.LatenciesMs.Order().ToArray();
double Percentile(double p) => latencies.Length == 0 ? double.NaN : latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)];
var inv = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(inv, $"targets {options.Targets}, seen by 5 radars scanning every {field.ScanSeconds:F1} s; detections/s offered {options.DetectionsPerSecond}, achieved {achievedRate:F0}; clients {options.Clients} reading, {options.StalledClients} stalled; warm-up {options.WarmUp.TotalSeconds:F0} s, measured {options.Measure.TotalSeconds:F0} s"));
Console.WriteLine(string.Create(inv, $"detections stored {sink.Stored}, lost {sink.Rejected + sink.StoreFailures}; events published {published} in the measured span"));
Console.WriteLine(string.Create(inv, $"tracks per frame: {seen.MinTracks} to {seen.MaxTracks}; frame size ≈ {seen.Bytes / Math.Max(1, seen.Frames) / 1024.0:F0} KiB"));
Console.WriteLine(string.Create(inv, $"frames delivered and measured: {latencies.Length} ({latencies.Length / (double)Math.Max(1, options.Clients):F1} per client)"));
Console.WriteLine(string.Create(inv, $"latency ms: p50 {Percentile(0.50):F1}, p90 {Percentile(0.90):F1}, p99 {Percentile(0.99):F1}, max {(latencies.Length > 0 ? latencies[^1] : double.NaN):F1}"));
Console.WriteLine("memory (s, managed heap MiB, working set MiB): " + string.Join("; ", memory.Select(m => string.Create(inv, $"{m.Seconds:F0} {m.HeapBytes / 1048576.0:F0} {m.WorkingSetBytes / 1048576.0:F0}"))));
Console.WriteLine(string.Create(inv, $"p99 under 250 ms: {(Percentile(0.99) < 250 ? "yes" : "NO")}"));

return Percentile(0.99) < 250 && latencies.Length > 0 ? 0 : 1;
