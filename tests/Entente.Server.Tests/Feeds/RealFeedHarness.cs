using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Entente.Ais.Encoders;
using Entente.Ais.Messages;
using Entente.Core.Detections;
using Entente.Core.Positions;

namespace Entente.Server.Tests.Feeds;

/// <summary>The server in memory with real feeds configured (ports 0: each test gets free ones), and what the tests send it.</summary>
internal static class RealFeedHarness
{
    /// <summary>Polls GET /api/feed until the condition holds (20 s at most).</summary>
    public static async Task<JsonElement> WaitForFeedAsync(HttpClient client, Func<JsonElement, bool> condition)
    {
        var deadline = Environment.TickCount64 + 20_000;
        while (true)
        {
            using var response = await client.GetAsync(new Uri("/api/feed", UriKind.Relative), TestContext.Current.CancellationToken);
            response.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            if (condition(json.RootElement))
            {
                return json.RootElement.Clone();
            }

            Assert.True(Environment.TickCount64 < deadline, "timed out; last: " + json.RootElement.GetRawText());
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>A real feed in a GET /api/feed answer, or an undefined element when it is not listed.</summary>
    public static JsonElement Feed(JsonElement feed, string name) =>
        feed.GetProperty("feeds").EnumerateArray().FirstOrDefault(f => f.GetProperty("name").GetString() == name);

    /// <summary>Waits until the named feed runs and returns the port it listens on.</summary>
    public static async Task<int> PortOfAsync(HttpClient client, string name)
    {
        var feed = await WaitForFeedAsync(client, f => Feed(f, name) is { ValueKind: JsonValueKind.Object } x && x.GetProperty("running").GetBoolean());
        return new Uri(Feed(feed, name).GetProperty("endpoint").GetString()!).Port;
    }

    /// <summary>Sends one datagram to the server on loopback.</summary>
    public static async Task SendAsync(int port, string text)
    {
        using var sender = new UdpClient(AddressFamily.InterNetwork);
        await sender.SendAsync(Encoding.UTF8.GetBytes(text), "127.0.0.1", port, TestContext.Current.CancellationToken);
    }

    /// <summary>A type 1 position report in the Strait, with a tag block giving its time.</summary>
    public static string AisPosition(int mmsi, double lat, double lon, DateTimeOffset time)
    {
        var payload = new AisBitWriter();
        AisMessageEncoder.Write(new PositionReportClassA
        {
            MessageType = 1,
            Mmsi = mmsi,
            SpeedOverGroundTenthsKnot = 120,
            LongitudeTenThousandthsMinute = (int)Math.Round(lon * 600_000),
            LatitudeTenThousandthsMinute = (int)Math.Round(lat * 600_000),
            CourseOverGroundTenthsDegree = 450,
            TrueHeadingRaw = 45,
            TimeStampRaw = time.Second,
            RateOfTurnRaw = -128,
        }, payload);
        return new AisSentenceWriter().Write(payload, 'A', time.ToUnixTimeSeconds(), "test-rx")[0];
    }

    /// <summary>A beach sensor's detection as one line of the detections format.</summary>
    public static string BeachLine(DateTimeOffset time, int people, string sensor = "beach-wissant") =>
        string.Create(CultureInfo.InvariantCulture,
            $$"""{"time":"{{DetectionRecordJson.FormatTime(time)}}","sensor":"{{sensor}}","kind":"ground","lat":50.885,"lon":1.662,"sigma_m":150,"people":{{people}}}""");

    /// <summary>The same, through the format's own writer (radar plot).</summary>
    public static string RadarLine(DateTimeOffset time)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            DetectionRecordJson.Write(writer, DetectionRecord.Radar(time, "radar-gris-nez", GeoPosition.FromDegrees(50.869, 1.5835), 8_421, 327, 20, 0.3) with
            {
                TruthId = "boat-1",
            });
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
