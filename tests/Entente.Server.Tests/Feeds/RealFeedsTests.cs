using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Entente.Core.Detections;
using Entente.Server.Picture;
using Entente.Storage;
using Entente.Storage.Detections;
using Microsoft.Extensions.DependencyInjection;
using static Entente.Server.Tests.Feeds.RealFeedHarness;

namespace Entente.Server.Tests.Feeds;

public sealed class RealFeedsTests
{
    private const string Loopback = "127.0.0.1";

    [Fact]
    public async Task AisUdp_PositionReportsBecomeATrack_AndBadLinesAreCounted()
    {
        await using var server = new EntenteFactory(("Feeds:Ais:Udp:Port", "0"), ("Feeds:Ais:Udp:Address", Loopback));
        using var client = server.CreateClient();
        var port = await PortOfAsync(client, "ais-udp");

        // Two reports of one ship a few seconds apart (tag-block times), a bad checksum between them.
        var now = DateTimeOffset.UtcNow;
        await SendAsync(port, AisPosition(235_000_001, 51.0, 1.45, now.AddSeconds(-6)) + "\r\n!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*00\r\n");
        await SendAsync(port, AisPosition(235_000_001, 51.0005, 1.4507, now.AddSeconds(-3)));

        var feed = await WaitForFeedAsync(client, f => f.GetProperty("counts").GetProperty("aisMessages").GetInt64() == 2);
        var ais = Feed(feed, "ais-udp");
        Assert.Equal("ais", ais.GetProperty("kind").GetString());
        Assert.Equal(3, ais.GetProperty("received").GetInt64());
        Assert.Equal(1, ais.GetProperty("rejected").GetInt64());
        Assert.StartsWith("line 2: ", ais.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, feed.GetProperty("counts").GetProperty("aisLines").GetInt64());

        // The picture took both reports in and tracks the ship.
        var picture = server.Services.GetRequiredService<LivePicture>();
        var deadline = Environment.TickCount64 + 20_000;
        while (!await TracksAsync(picture, 235_000_001))
        {
            Assert.True(Environment.TickCount64 < deadline, "no track for the ship");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task AisUdp_ATagBlockTimeFarAhead_IsRejectedNotHandedToThePicture()
    {
        await using var server = new EntenteFactory(("Feeds:Ais:Udp:Port", "0"), ("Feeds:Ais:Udp:Address", Loopback));
        using var client = server.CreateClient();
        var port = await PortOfAsync(client, "ais-udp");

        await SendAsync(port, AisPosition(235_000_003, 51.0, 1.45, DateTimeOffset.UtcNow.AddHours(2)));

        var feed = await WaitForFeedAsync(client, f => Feed(f, "ais-udp").GetProperty("rejected").GetInt64() == 1);
        Assert.Contains("ahead of the server's clock", Feed(feed, "ais-udp").GetProperty("lastError").GetString(), StringComparison.Ordinal);
        var picture = server.Services.GetRequiredService<LivePicture>();
        long lines = -1;
        await picture.ActAsync((pipeline, _) =>
        {
            lines = pipeline.AisLines;
            return ([], []);
        });
        Assert.Equal(0, lines);
    }

    [Fact]
    public async Task DetectionsUdp_LinesAreStoredWithTheFeedsProvenance_AndBadOnesCounted()
    {
        await using var server = new EntenteFactory(("Feeds:Detections:Udp:Port", "0"), ("Feeds:Detections:Udp:Address", Loopback),
            ("Feeds:Detections:Agency", "fr-cross-gris-nez"));
        using var client = server.CreateClient();
        var port = await PortOfAsync(client, "detections-udp");

        var now = DateTimeOffset.UtcNow;
        await SendAsync(port, BeachLine(now, 30) + "\n" + RadarLine(now.AddSeconds(1)) + "\n{\"time\": oops\n");
        await SendAsync(port, BeachLine(now.AddSeconds(2), 12));

        var feed = await WaitForFeedAsync(client, f => f.GetProperty("counts").GetProperty("detections").GetInt64() == 3);
        var udp = Feed(feed, "detections-udp");
        Assert.Equal(4, udp.GetProperty("received").GetInt64());
        Assert.Equal(1, udp.GetProperty("rejected").GetInt64());
        Assert.StartsWith("line 3: Not a JSON object", udp.GetProperty("lastError").GetString(), StringComparison.Ordinal);

        var store = server.Services.GetRequiredService<IDatabase>().Detections;
        var stored = await store.QueryAsync(new DetectionQuery(now.AddMinutes(-1), now.AddMinutes(1)), TestContext.Current.CancellationToken);
        Assert.Equal(3, stored.Count);
        Assert.All(stored, s => Assert.Equal("fr-cross-gris-nez", s.Detection.Provenance.OriginatingAgency.Code));
        Assert.Equal([DetectionKind.Ground, DetectionKind.Radar, DetectionKind.Ground], stored.Select(s => s.Detection.Kind));
    }

    [Fact]
    public async Task DetectionsHttp_GoodLinesAccepted_BadLinesCountedWithTheirNumbers()
    {
        await using var server = new EntenteFactory(("Feeds:Detections:Http:Enabled", "true"));
        using var client = server.CreateClient();

        var now = DateTimeOffset.UtcNow;
        var body = string.Join("\r\n", BeachLine(now, 30), "not json", "", RadarLine(now), BeachLine(now, 5, "Not A Code"),
            BeachLine(now.AddHours(1), 5), BeachLine(now.AddSeconds(1), 40)) + "\n";
        using var response = await PostAsync(server, body, "application/x-ndjson");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var answer = await JsonAsync(response);
        Assert.Equal(3, answer.GetProperty("accepted").GetInt32());
        Assert.Equal(3, answer.GetProperty("rejected").GetInt32());
        var errors = answer.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(3, errors.Count);
        Assert.StartsWith("line 2: Not a JSON object", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("line 5: 'sensor' \"Not A Code\" is not a valid sensor id", errors[1], StringComparison.Ordinal);
        Assert.StartsWith("line 6: 'time' ", errors[2], StringComparison.Ordinal);
        Assert.Contains("ahead of the server's clock", errors[2], StringComparison.Ordinal);

        var feed = await WaitForFeedAsync(client, f => f.GetProperty("counts").GetProperty("detections").GetInt64() == 3);
        var http = Feed(feed, "detections-http");
        Assert.True(http.GetProperty("running").GetBoolean());
        Assert.Equal("POST /api/feed/detections", http.GetProperty("endpoint").GetString());
        Assert.Equal(6, http.GetProperty("received").GetInt64());
        Assert.Equal(3, http.GetProperty("rejected").GetInt64());
        var store = server.Services.GetRequiredService<IDatabase>().Detections;
        Assert.Equal(3, await store.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task DetectionsHttp_RefusedBodies_AreProblemDetailsNever500()
    {
        await using var server = new EntenteFactory(("Feeds:Detections:Http:Enabled", "true"), ("Feeds:Detections:Http:MaxBodyBytes", "2048"));
        using var client = server.CreateClient();
        var now = DateTimeOffset.UtcNow;

        using (var onlyBad = await PostAsync(server, "{}\nnope\n", "text/plain"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, onlyBad.StatusCode);
            Assert.Equal("application/problem+json", onlyBad.Content.Headers.ContentType?.MediaType);
            var problem = await JsonAsync(onlyBad);
            Assert.Equal(2, problem.GetProperty("rejected").GetInt32());
            Assert.StartsWith("line 1: ", problem.GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
        }

        using (var empty = await PostAsync(server, "\n\n", "application/x-ndjson"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        }

        var big = string.Join("\n", Enumerable.Repeat(BeachLine(now, 1), 40));
        using (var tooLarge = await PostAsync(server, big, "application/x-ndjson"))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
            Assert.Equal("application/problem+json", tooLarge.Content.Headers.ContentType?.MediaType);
        }

        // Sent in chunks, without a length: cut off at the limit all the same.
        using (var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big))))
        {
            content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/feed/detections") { Content = content };
            request.Headers.TransferEncodingChunked = true;
            using var feedClient = server.ClientAs(SignedInFactory.FeedUser);
            using var chunked = await feedClient.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunked.StatusCode);
        }

        using (var wrongType = await PostAsync(server, BeachLine(now, 1), "application/xml"))
        {
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        }

        var feed = await WaitForFeedAsync(client, _ => true);
        Assert.Equal(0, feed.GetProperty("counts").GetProperty("detections").GetInt64());
    }

    [Fact]
    public async Task DetectionsHttp_Off_Is404()
    {
        await using var server = new EntenteFactory(("Feeds:Simulation:Enabled", "false"));
        using var client = server.CreateClient();

        using var response = await PostAsync(server, BeachLine(DateTimeOffset.UtcNow, 1), "application/x-ndjson");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ARealFeedConfigured_TheSimulatorIsOff_AndThePictureRunsOnTheClock()
    {
        await using var server = new EntenteFactory(("Feeds:Detections:Http:Enabled", "true"));
        using var client = server.CreateClient();

        var feed = await WaitForFeedAsync(client, f => Feed(f, "detections-http") is { ValueKind: JsonValueKind.Object } h && h.GetProperty("running").GetBoolean());
        Assert.False(feed.GetProperty("enabled").GetBoolean());
        Assert.False(feed.GetProperty("running").GetBoolean());
        Assert.Equal(JsonValueKind.Null, feed.GetProperty("simulatedTime").ValueKind);
        Assert.Single(feed.GetProperty("feeds").EnumerateArray());

        // With nothing received, the clock alone moves the picture on: frames are made (every 10 s) from its start.
        var picture = server.Services.GetRequiredService<LivePicture>();
        var start = DateTimeOffset.UtcNow;
        var deadline = Environment.TickCount64 + 25_000;
        while (await FrameTimeAsync(picture) is not { } frame || frame <= start)
        {
            Assert.True(Environment.TickCount64 < deadline, "the picture does not move with the clock");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task AFeedThatCannotRun_IsReportedAndTheServerStaysUp()
    {
        await using var server = new EntenteFactory(("Feeds:Ais:Udp:Port", "not-a-port"), ("Feeds:Ais:Tcp:Host", "localhost"));
        using var client = server.CreateClient();

        var feed = await WaitForFeedAsync(client, f => f.GetProperty("feeds").GetArrayLength() == 2);
        Assert.False(feed.GetProperty("enabled").GetBoolean());
        Assert.Contains("not-a-port", Feed(feed, "ais-udp").GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.False(Feed(feed, "ais-udp").GetProperty("running").GetBoolean());
        Assert.Contains("Host and Port", Feed(feed, "ais-tcp").GetProperty("lastError").GetString(), StringComparison.Ordinal);
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private static async Task<bool> TracksAsync(LivePicture picture, int mmsi)
    {
        var found = false;
        // Read under the picture's lock through an action that changes nothing.
        await picture.ActAsync((pipeline, _) =>
        {
            found = pipeline.AisLines >= 2 && pipeline.Feed.Tracker.Tracks.Any(t => t.Mmsi == mmsi);
            return ([], []);
        });
        return found;
    }

    private static async Task<DateTimeOffset?> FrameTimeAsync(LivePicture picture)
    {
        if (!picture.IsRunning)
        {
            return null;
        }

        DateTimeOffset? time = null;
        await picture.ActAsync((pipeline, _) =>
        {
            time = pipeline.LatestFrame?.Time;
            return ([], []);
        });
        return time;
    }

    // Sent as a feed client: people may read the picture but not send detections.
    private static async Task<HttpResponseMessage> PostAsync(SignedInFactory server, string body, string mediaType)
    {
        using var client = server.ClientAs(SignedInFactory.FeedUser);
        using var content = new StringContent(body, Encoding.UTF8, mediaType);
        return await client.PostAsync(new Uri("/api/feed/detections", UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return json.RootElement.Clone();
    }
}
