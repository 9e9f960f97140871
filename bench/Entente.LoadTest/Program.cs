using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Entente.Core.Sharing;
using Entente.LoadTest;
using Entente.Picture.Pipeline;
using Entente.Server.Feeds;
using Entente.Server.Hosting;
using Entente.Server.Picture;
using Entente.Server.Streaming;
using Entente.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

// The push channel under load: the real server on loopback, its picture fed radar plots at a fixed rate (stored, as a
// live feed's are), frames every second, and clients reading /api/stream. Reports the delivery latency of frames.
if (args is ["clients", .. var rest])
{
    return await ClientRun.RunAsync(rest);
}

var options = LoadOptions.Parse(args);
var data = Path.Combine(Path.GetTempPath(), "entente-load-" + Guid.NewGuid().ToString("N"));
var app = await EntenteServer.CreateAsync(["--Urls=http://127.0.0.1:0", "--Storage:DataDirectory=" + data, "--Feeds:Simulation:Enabled=false",
    "--Logging:LogLevel:Default=Warning"]);
// The clients run in their own process and connect at once: the warm-up covers their start too.
await app.StartAsync();
var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/api/stream");
var picture = app.Services.GetRequiredService<LivePicture>();
var broadcaster = app.Services.GetRequiredService<PictureBroadcaster>();
var database = app.Services.GetRequiredService<IDatabase>();
await picture.StartAsync(new PicturePipelineOptions { FrameInterval = TimeSpan.FromSeconds(1) }, CancellationToken.None);

var children = Process.Start(new ProcessStartInfo(Environment.ProcessPath!)
{
    ArgumentList =
    {
        typeof(LoadOptions).Assembly.Location, "clients", address.ToString(), options.Clients.ToString(CultureInfo.InvariantCulture),
        options.StalledClients.ToString(CultureInfo.InvariantCulture), options.WarmUp.TotalSeconds.ToString(CultureInfo.InvariantCulture),
        options.Measure.TotalSeconds.ToString(CultureInfo.InvariantCulture),
    },
    RedirectStandardOutput = true,
})!;

// The feed: plots every 100 ms at the picture's clock (the wall clock), stored in batches like a live feed's.
var sink = new DetectionStoreSink(new Provenance(Agencies.HmCoastguard.Id, Releasability.UkAndFr));
var field = new TargetField(options.Targets, options.DetectionsPerSecond, DateTimeOffset.UtcNow);
var sent = 0L;
var stopwatch = Stopwatch.StartNew();
var total = options.WarmUp + options.Measure;
var memory = new List<(double Seconds, long HeapBytes, long WorkingSetBytes)>();
var feed = Task.Run(async () =>
{
    var tick = TimeSpan.FromMilliseconds(100);
    var previous = DateTimeOffset.UtcNow;
    var next = stopwatch.Elapsed;
    while (stopwatch.Elapsed < total)
    {
        // The plots whose beams passed since the last tick, as the radars would have sent them.
        var now = DateTimeOffset.UtcNow;
        var plots = field.Plots(previous, now);
        previous = now;
        foreach (var plot in plots)
        {
            sink.Detection(plot);
            picture.Detection(plot);
        }

        picture.StepCompleted(now);
        Interlocked.Add(ref sent, plots.Count);
        await sink.FlushAsync(database.Detections, CancellationToken.None);
        await picture.FlushAsync();
        next += tick;
        var wait = next - stopwatch.Elapsed;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }
});

await Task.Delay(options.WarmUp);
var sentAtStart = Interlocked.Read(ref sent);
var measuredFrom = stopwatch.Elapsed;
var publishedAtStart = broadcaster.Published;
while (stopwatch.Elapsed < total)
{
    await Task.Delay(TimeSpan.FromSeconds(5));
    memory.Add((stopwatch.Elapsed.TotalSeconds, GC.GetTotalMemory(false), Environment.WorkingSet));
}

await feed;
var achievedRate = (Interlocked.Read(ref sent) - sentAtStart) / (stopwatch.Elapsed - measuredFrom).TotalSeconds;
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

await app.StopAsync();
await app.DisposeAsync();
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
Directory.Delete(data, recursive: true);
return Percentile(0.99) < 250 && latencies.Length > 0 ? 0 : 1;
