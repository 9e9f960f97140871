using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Entente.Cli.Tests;

public sealed partial class AisListenCommandTests
{
    private const string Moored = "!AIVDM,1,1,,B,177KQJ5000G?tO`K>RA1wUbN0TKH,0*5C";
    private const string UnderWay = "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A";

    [Fact]
    public async Task Listen_Udp_WritesEachMessageAsItArrivesUntilStopped()
    {
        var ct = TestContext.Current.CancellationToken;
        using var output = new StringWriter();
        using var error = new StringWriter();
        var safeOutput = TextWriter.Synchronized(output);
        var safeError = TextWriter.Synchronized(error);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var run = EntenteCli.RunAsync(
            ["ais", "listen", "--udp", "0", "--errors", "--stats", "--no-device"], safeOutput, safeError, new CliStreams(() => Stream.Null, null), stop.Token);

        var port = await WaitForAsync(() => ListeningOn().Match(error.ToString()) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null);
        using var sender = new UdpClient(AddressFamily.InterNetwork);
        var datagram = Encoding.ASCII.GetBytes(Moored + "\r\n!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*00\r\n" + UnderWay);
        await sender.SendAsync(datagram, new IPEndPoint(IPAddress.Loopback, port), ct);

        await WaitForAsync(() => output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length >= 2 ? true : (bool?)null);
        await stop.CancelAsync();
        var exit = await run.WaitAsync(TimeSpan.FromSeconds(15), ct);

        Assert.Equal(0, exit);
        var objects = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, objects.Length);
        Assert.StartsWith("{\"class\":\"AIS\",\"type\":1,\"repeat\":0,\"mmsi\":477553000,", objects[0], StringComparison.Ordinal);
        Assert.StartsWith("{\"class\":\"AIS\",\"type\":1,\"repeat\":0,\"mmsi\":371798000,", objects[1], StringComparison.Ordinal);
        var errors = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("line 2: checksum does not match (bad-checksum): !AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*00", errors);
        Assert.Contains("datagrams: 1", errors);
        Assert.Contains("messages: 2", errors);
        Assert.Contains("  bad-checksum: 1 (checksum does not match)", errors);
    }

    [Theory]
    [InlineData(new[] { "ais", "listen" }, "give either --udp PORT or --tcp HOST:PORT")]
    [InlineData(new[] { "ais", "listen", "--udp", "1", "--tcp", "h:1" }, "give either --udp PORT or --tcp HOST:PORT")]
    [InlineData(new[] { "ais", "listen", "--tcp", "localhost" }, "'localhost' is not HOST:PORT")]
    [InlineData(new[] { "ais", "listen", "--tcp", "localhost:99999" }, "'localhost:99999' is not HOST:PORT")]
    [InlineData(new[] { "ais", "listen", "--udp", "70000" }, "UDP port 70000 is out of range")]
    public async Task Listen_BadAddress_IsBadInputWithExitCode2(string[] args, string expected)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await EntenteCli.RunAsync(args, output, error);

        Assert.Equal(EntenteCli.BadInputExitCode, exit);
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<T> WaitForAsync<T>(Func<T?> probe)
        where T : struct
    {
        var deadline = Environment.TickCount64 + 15_000;
        while (true)
        {
            if (probe() is { } value)
            {
                return value;
            }

            Assert.True(Environment.TickCount64 < deadline, "timed out");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    [GeneratedRegex(@"listening on udp [0-9.]+:(\d+)")]
    private static partial Regex ListeningOn();
}
