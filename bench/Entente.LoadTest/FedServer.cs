using System.Diagnostics;
using Entente.Core.Sharing;
using Entente.Picture.Pipeline;
using Entente.Server.Feeds;
using Entente.Server.Hosting;
using Entente.Server.Picture;
using Entente.Server.Streaming;
using Entente.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.LoadTest;

/// <summary>
/// The real server on loopback (its own simulation off, a fresh data directory), its picture making a frame every
/// second and fed by a <see cref="TargetField"/>: the plots every 100 ms at the picture's clock (the wall clock),
/// stored in batches like a live feed's. Shared by the push-channel load test and the map benchmark.
/// </summary>
internal sealed class FedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _data;
    private readonly LivePicture _picture;
    private readonly IDatabase _database;
    private readonly Stopwatch _stopwatch = new();
    private long _sent;

    private FedServer(WebApplication app, string data, TargetField field)
    {
        _app = app;
        _data = data;
        Field = field;
        _picture = app.Services.GetRequiredService<LivePicture>();
        _database = app.Services.GetRequiredService<IDatabase>();
        Broadcaster = app.Services.GetRequiredService<PictureBroadcaster>();
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
    }

    /// <summary>The server's root, e.g. http://127.0.0.1:PORT/ (the map page).</summary>
    public Uri BaseAddress { get; }

    public PictureBroadcaster Broadcaster { get; }

    public TargetField Field { get; }

    public DetectionStoreSink Sink { get; } = new(new Provenance(Agencies.HmCoastguard.Id, Releasability.UkAndFr));

    /// <summary>Plots fed so far.</summary>
    public long Sent => Interlocked.Read(ref _sent);

    /// <summary>Time since the feed started.</summary>
    public TimeSpan Elapsed => _stopwatch.Elapsed;

    public static async Task<FedServer> StartAsync(int targets, int detectionsPerSecond)
    {
        var data = Path.Combine(Path.GetTempPath(), "entente-load-" + Guid.NewGuid().ToString("N"));
        var app = await EntenteServer.CreateAsync(["--Urls=http://127.0.0.1:0", "--Storage:DataDirectory=" + data, "--Feeds:Simulation:Enabled=false",
            "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync();
        var server = new FedServer(app, data, new TargetField(targets, detectionsPerSecond, DateTimeOffset.UtcNow));
        await server._picture.StartAsync(new PicturePipelineOptions { FrameInterval = TimeSpan.FromSeconds(1) }, CancellationToken.None);
        return server;
    }

    /// <summary>A bearer token for a watch officer made for the run: the stream, like every endpoint, needs a signed-in user.</summary>
    public async Task<string> ReaderTokenAsync()
    {
        var name = Core.Identity.UserName.Parse("load.reader");
        if (await _database.Users.FindAsync(name, CancellationToken.None) is null)
        {
            await _database.Users.CreateAsync(new Storage.Users.UserAccount(name, "Load test reader", Agencies.HmCoastguard.Id,
                [Core.Identity.Role.WatchOfficer], null, DateTimeOffset.UtcNow, false), CancellationToken.None);
        }

        var issued = await _database.Users.IssueTokenAsync(name, "load test", DateTimeOffset.UtcNow, null, CancellationToken.None);
        return issued!.Secret;
    }

    /// <summary>Feeds the picture until <paramref name="until"/> has passed since the feed started, or until cancelled.</summary>
    public Task FeedAsync(TimeSpan until, CancellationToken cancellation = default)
    {
        _stopwatch.Start();
        return Task.Run(async () =>
        {
            var tick = TimeSpan.FromMilliseconds(100);
            var previous = DateTimeOffset.UtcNow;
            var next = _stopwatch.Elapsed;
            while (_stopwatch.Elapsed < until && !cancellation.IsCancellationRequested)
            {
                // The plots whose beams passed since the last tick, as the radars would have sent them.
                var now = DateTimeOffset.UtcNow;
                var plots = Field.Plots(previous, now);
                previous = now;
                foreach (var plot in plots)
                {
                    Sink.Detection(plot);
                    _picture.Detection(plot);
                }

                _picture.StepCompleted(now);
                Interlocked.Add(ref _sent, plots.Count);
                await Sink.FlushAsync(_database.Detections, CancellationToken.None);
                await _picture.FlushAsync();
                next += tick;
                var wait = next - _stopwatch.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, CancellationToken.None);
                }
            }
        }, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }
}
