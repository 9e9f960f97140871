using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using Entente.Ais.Decoding;
using Entente.Ais.Ingest;
using static Entente.Ais.Tests.Ingest.TestSentences;

namespace Entente.Ais.Tests.Ingest;

public sealed class AisUdpSourceTests
{
    [Fact]
    public async Task Run_DatagramsWithSeveralLines_DeliverEveryMessageAndCountTheBadOnes()
    {
        var channel = Channel.CreateUnbounded<AisReceived>();
        await using var source = new AisUdpSource("udp-test", new IPEndPoint(IPAddress.Loopback, 0));
        Assert.NotEqual(0, source.LocalEndPoint.Port);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var run = source.RunAsync(channel.Writer, stop.Token);

        using var sender = new UdpClient(AddressFamily.InterNetwork);
        // Two lines, CR LF between them and none after the last; then a bad line and a good one.
        await sender.SendAsync(Bytes(Timed(1698785948, "rx1") + "\r\n" + Sentence(Type1OtherBody)), source.LocalEndPoint, stop.Token);
        var firstTwo = await Eventually.ReadAsync(channel.Reader, 2);
        await sender.SendAsync(Bytes("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*00\n" + Sentence(Type1Body) + "\n"), source.LocalEndPoint, stop.Token);
        var third = await Eventually.ReadAsync(channel.Reader);

        Assert.Equal([477553000, 371798000, 477553000], firstTwo.Append(third).Select(m => m.Message.Mmsi));
        Assert.Equal("rx1", firstTwo[0].Reception.Source);
        Assert.Equal("udp-test", third.SourceName);
        Assert.Equal(2, source.Statistics.Datagrams);
        Assert.Equal(4, source.Statistics.Lines);
        Assert.Equal(1, source.Statistics.Decoder.ErrorsOfKind(AisErrorKind.BadChecksum));
        Assert.Equal(3, Assert.Single(source.Statistics.RecentErrors()).LineNumber);

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    [Fact]
    public async Task Run_OverLongLineInADatagram_IsCountedAndTheRestKept()
    {
        var channel = Channel.CreateUnbounded<AisReceived>();
        await using var source = new AisUdpSource("udp-long", new IPEndPoint(IPAddress.Loopback, 0), new AisSourceOptions { MaxLineBytes = 100, ReadBufferBytes = 200 });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var run = source.RunAsync(channel.Writer, stop.Token);

        using var sender = new UdpClient(AddressFamily.InterNetwork);
        await sender.SendAsync(Bytes(new string('!', 150) + "\n" + Sentence(Type1Body)), source.LocalEndPoint, stop.Token);

        Assert.Equal(477553000, (await Eventually.ReadAsync(channel.Reader)).Message.Mmsi);
        Assert.Equal(1, source.Statistics.Decoder.ErrorsOfKind(AisErrorKind.LineTooLong));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    [Fact]
    public async Task Dispose_WhileRunning_EndsTheRun()
    {
        var channel = Channel.CreateUnbounded<AisReceived>();
        var source = new AisUdpSource("udp-dispose", new IPEndPoint(IPAddress.Loopback, 0));
        var run = source.RunAsync(channel.Writer, TestContext.Current.CancellationToken);
        await source.DisposeAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);
        Assert.True(run.IsCompletedSuccessfully);
    }
}
