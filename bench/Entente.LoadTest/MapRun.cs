using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Entente.LoadTest;

/// <summary>
/// The map under load: the fed server (by default 2,000 targets, 5,000 plots a second, a frame every second) with its
/// map page open in headless Chromium at 1920×1080, as on a control-room screen. After the warm-up it measures, per
/// stream frame, the page's time to parse it, to apply it (tracks, summary, details) and to draw it (the next map
/// render), and the time from its arrival to the end of that render (<c>window.entente.frameTimings()</c>); and the
/// browser's animation frames (<c>requestAnimationFrame</c> intervals: long gaps are jank) and long tasks. Checks that
/// the tracks are on the map, in view. Prints the results; returns 0 when the goal is met.
/// </summary>
internal static class MapRun
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const int Width = 1920;
    private const int Height = 1080;
    private const int MinTracks = 1_900;
    private const double DrawnGoalMs = 250;
    private const double GapGoalMs = 100;

    private const string StartScript = """
        () => {
          const bench = { raf: [], longTasks: [], from: performance.now(), frames: window.entente.frames(), stop: false };
          window.__mapBench = bench;
          let last;
          const loop = (t) => {
            if (last !== undefined) bench.raf.push(t - last);
            last = t;
            if (!bench.stop) requestAnimationFrame(loop);
          };
          requestAnimationFrame(loop);
          try {
            bench.observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) bench.longTasks.push(e.duration); });
            bench.observer.observe({ type: 'longtask' });
          } catch {
            bench.longTasks = null;
          }
          window.entente.frameTimings();
        }
        """;

    private const string StopScript = """
        () => {
          const bench = window.__mapBench;
          bench.stop = true;
          bench.observer?.disconnect();
          const rect = document.getElementById('map').getBoundingClientRect();
          let inView = 0;
          for (const [lon, lat] of Object.values(window.entente.trackPositions())) {
            const [x, y] = window.entente.pixelOf(lon, lat);
            if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) inView++;
          }
          return JSON.stringify({
            raf: bench.raf, longTasks: bench.longTasks, timings: window.entente.frameTimings().filter((t) => t.at >= bench.from),
            trackCount: window.entente.trackCount(), inView, frames: window.entente.frames() - bench.frames,
            spanMs: performance.now() - bench.from,
          });
        }
        """;

    public static async Task<int> RunAsync(LoadOptions options)
    {
        if (!File.Exists(ChromiumPath))
        {
            await Console.Error.WriteLineAsync($"{ChromiumPath} is not installed (Debian: apt-get install chromium).");
            return 2;
        }

        await using var server = await FedServer.StartAsync(options.Targets, options.DetectionsPerSecond);
        using var stop = new CancellationTokenSource();
        // The feed outlasts the measurement (the page's start is part of the warm-up, or added to it); stopped after.
        var feed = server.FeedAsync(options.WarmUp + options.Measure + TimeSpan.FromMinutes(5), stop.Token);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // As the browser tests launch it (tests/Entente.Browser.Tests/BrowserSession.cs): no GPU, no network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        // Signed in with a bearer token on every request the page makes (the stream included).
        var page = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = Width, Height = Height },
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + await server.ReaderTokenAsync() },
        });
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(server.BaseAddress.ToString());
        await page.EvaluateAsync("() => window.entente.ready");
        var pageReady = server.Elapsed;

        // Warm-up: from the feed's start, and until the tracker has the targets (at most a minute more).
        while (server.Elapsed < options.WarmUp
               || (await page.EvaluateAsync<int>("() => window.entente.trackCount()") < MinTracks && server.Elapsed < options.WarmUp + TimeSpan.FromMinutes(1)))
        {
            await Task.Delay(500);
        }

        var tracksAtStart = await page.EvaluateAsync<int>("() => window.entente.trackCount()");
        var sentAtStart = server.Sent;
        var measuredFrom = server.Elapsed;
        var publishedAtStart = server.Broadcaster.Published;
        // ENTENTE_MAP_PROFILE=file.cpuprofile: also a CPU profile of the page over the measured span (Chrome DevTools).
        var profilePath = Environment.GetEnvironmentVariable("ENTENTE_MAP_PROFILE");
        var cdp = string.IsNullOrEmpty(profilePath) ? null : await page.Context.NewCDPSessionAsync(page);
        if (cdp is not null)
        {
            await cdp.SendAsync("Profiler.enable");
            await cdp.SendAsync("Profiler.start");
        }

        await page.EvaluateAsync(StartScript);
        var (minTracks, maxTracks) = (tracksAtStart, tracksAtStart);
        while (server.Elapsed - measuredFrom < options.Measure)
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            var count = await page.EvaluateAsync<int>("() => window.entente.trackCount()");
            (minTracks, maxTracks) = (Math.Min(minTracks, count), Math.Max(maxTracks, count));
        }

        var result = JsonSerializer.Deserialize<PageResult>(await page.EvaluateAsync<string>(StopScript), JsonSerializerOptions.Web)!;
        if (cdp is not null)
        {
            var profile = await cdp.SendAsync("Profiler.stop");
            await File.WriteAllTextAsync(profilePath!, profile!.Value.GetProperty("profile").GetRawText());
        }

        var measured = server.Elapsed - measuredFrom;
        var achievedRate = (server.Sent - sentAtStart) / measured.TotalSeconds;
        var published = server.Broadcaster.Published - publishedAtStart;
        await stop.CancelAsync();
        await feed;
        (minTracks, maxTracks) = (Math.Min(minTracks, result.TrackCount), Math.Max(maxTracks, result.TrackCount));

        var inv = CultureInfo.InvariantCulture;
        var timings = result.Timings;
        var rendered = Stats(timings.Select(t => t.RenderedMs ?? double.NaN));
        var raf = Stats(result.Raf);
        var longTasks = result.LongTasks ?? [];
        Console.WriteLine(string.Create(inv, $"map page {Width}×{Height}, headless Chromium {browser.Version} (--disable-gpu: software canvas); page ready {pageReady.TotalSeconds:F1} s after the feed started"));
        Console.WriteLine(string.Create(inv, $"targets {options.Targets}, seen by 5 radars scanning every {server.Field.ScanSeconds:F1} s; detections/s offered {options.DetectionsPerSecond}, achieved {achievedRate:F0}; warm-up {measuredFrom.TotalSeconds:F0} s, measured {measured.TotalSeconds:F0} s"));
        Console.WriteLine(string.Create(inv, $"tracks on the map during the measured span: {minTracks} to {maxTracks}; in the viewport at the end: {result.InView} of {result.TrackCount}"));
        Console.WriteLine(string.Create(inv, $"stream frames: {published} published, {result.Frames} received by the page, {timings.Length} applied and drawn in the span"));
        Console.WriteLine("per stream frame, ms (p50 / p95 / p99 / max):");
        Console.WriteLine("  parse (JSON.parse)         " + Stats(timings.Select(t => t.ParseMs)).Line);
        Console.WriteLine("  apply (tracks, panels)     " + Stats(timings.Select(t => t.ApplyMs)).Line);
        Console.WriteLine("  draw (the next map render) " + Stats(timings.Select(t => t.DrawMs ?? double.NaN)).Line);
        Console.WriteLine("  arrival → drawn            " + rendered.Line);
        Console.WriteLine(string.Create(inv, $"animation frames: {result.Raf.Length + 1} in {result.SpanMs / 1000:F1} s ({(result.Raf.Length + 1) / (result.SpanMs / 1000):F1}/s); interval ms (p50 / p95 / p99 / max): {raf.Line}"));
        Console.WriteLine(string.Create(inv, $"  intervals > 50 ms: {Share(result.Raf, 50):F2} %, > 100 ms: {Share(result.Raf, 100):F2} % ({result.Raf.Count(i => i > 100)} of {result.Raf.Length})"));
        Console.WriteLine(result.LongTasks is null
            ? "long tasks: not reported by this browser"
            : string.Create(inv, $"long tasks (> 50 ms): {longTasks.Length}, {longTasks.Sum():F0} ms in all ({100 * longTasks.Sum() / result.SpanMs:F1} % of the span), longest {(longTasks.Length > 0 ? longTasks.Max() : 0):F0} ms"));
        Console.WriteLine($"console errors: {errors.Count}" + (errors.Count > 0 ? " (first: " + errors[0] + ")" : ""));

        var drawnOk = timings.Length > 0 && rendered.P99 < DrawnGoalMs;
        var gapsOk = result.Raf.Length > 0 && raf.P99 <= GapGoalMs;
        var tracksOk = minTracks >= MinTracks && result.InView >= MinTracks;
        Console.WriteLine(string.Create(inv, $"arrival → drawn p99 under {DrawnGoalMs:F0} ms: {YesNo(drawnOk)}; animation-frame interval p99 at most {GapGoalMs:F0} ms: {YesNo(gapsOk)}; at least {MinTracks} tracks on the map and in view throughout: {YesNo(tracksOk)}"));
        return drawnOk && gapsOk && tracksOk && errors.Count == 0 ? 0 : 1;
    }

    private static string YesNo(bool ok) => ok ? "yes" : "NO";

    private static double Share(double[] values, double over) => values.Length == 0 ? double.NaN : 100.0 * values.Count(v => v > over) / values.Length;

    private static Summary Stats(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        double Percentile(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return new Summary(Percentile(0.50), Percentile(0.95), Percentile(0.99), sorted.Length == 0 ? double.NaN : sorted[^1]);
    }

    private sealed record Summary(double P50, double P95, double P99, double Max)
    {
        public string Line => string.Create(CultureInfo.InvariantCulture, $"{P50,6:F1} / {P95,6:F1} / {P99,6:F1} / {Max,6:F1}");
    }

    private sealed record FrameTiming(double At, double ParseMs, double ApplyMs, double? DrawMs, double? RenderedMs);

    private sealed record PageResult(double[] Raf, double[]? LongTasks, FrameTiming[] Timings, int TrackCount, int InView, int Frames, double SpanMs);
}
