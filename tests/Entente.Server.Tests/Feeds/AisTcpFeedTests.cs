using System.Net;
using System.Net.Sockets;
using System.Text;
using static Entente.Server.Tests.Feeds.RealFeedHarness;

namespace Entente.Server.Tests.Feeds;

public sealed class AisTcpFeedTests
{
    [Fact]
    public async Task AisTcp_TheServerSideCloses_TheFeedReconnectsAndReadsOn()
    {
        var ct = TestContext.Current.CancellationToken;
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        await using var server = new EntenteFactory(("Feeds:Ais:Tcp:Host", "127.0.0.1"), ("Feeds:Ais:Tcp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Feeds:Ais:Tcp:InitialBackoffSeconds", "0.1"), ("Feeds:Ais:Tcp:MaxBackoffSeconds", "0.5"));
        using var client = server.CreateClient();
        await WaitForFeedAsync(client, f => Feed(f, "ais-tcp").GetProperty("running").GetBoolean());

        var now = DateTimeOffset.UtcNow;
        using (var first = await listener.AcceptTcpClientAsync(ct))
        {
            await first.GetStream().WriteAsync(Encoding.ASCII.GetBytes(
                AisPosition(235_000_002, 51.0, 1.45, now.AddSeconds(-6)) + "\r\n" + AisPosition(235_000_002, 51.0005, 1.4507, now.AddSeconds(-4)) + "\r\n"), ct);
            await WaitForFeedAsync(client, f => f.GetProperty("counts").GetProperty("aisMessages").GetInt64() == 2);
        }

        // The server side has closed; the feed connects again after its back-off and goes on reading.
        using (var second = await listener.AcceptTcpClientAsync(ct).AsTask().WaitAsync(TimeSpan.FromSeconds(15), ct))
        {
            await second.GetStream().WriteAsync(Encoding.ASCII.GetBytes(AisPosition(235_000_002, 51.001, 1.4514, now.AddSeconds(-2)) + "\r\n"), ct);
            var feed = await WaitForFeedAsync(client, f => f.GetProperty("counts").GetProperty("aisMessages").GetInt64() == 3);
            var tcp = Feed(feed, "ais-tcp");
            Assert.Equal("tcp://127.0.0.1:" + port, tcp.GetProperty("endpoint").GetString());
            Assert.True(tcp.GetProperty("running").GetBoolean());
            Assert.Equal(3, tcp.GetProperty("received").GetInt64());
            Assert.Equal(0, tcp.GetProperty("rejected").GetInt64());
            Assert.Contains("closed the connection", tcp.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        }
    }
}
