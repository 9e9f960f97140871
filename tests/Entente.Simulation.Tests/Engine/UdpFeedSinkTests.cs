using System.Net;
using System.Net.Sockets;
using System.Text;
using Entente.Core.Detections;
using Entente.Core.Positions;
using Entente.Simulation.Output;
using Entente.Simulation.World;

namespace Entente.Simulation.Tests.Engine;

public sealed class UdpFeedSinkTests
{
    private const string AisLine = @"\s:sim-dover,c:1795291200*0E\!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A";
    private static readonly DateTimeOffset Time = new(2026, 11, 21, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Ais_And_Detection_ArriveAsOneDatagramEach_AtTheirEndpoints()
    {
        var ct = TestContext.Current.CancellationToken;
        using var ais = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        using var detections = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        using var sink = new UdpFeedSink((IPEndPoint)ais.Client.LocalEndPoint!, (IPEndPoint)detections.Client.LocalEndPoint!);
        var radar = DetectionRecord.Radar(Time, "radar-dover", GeoPosition.FromDegrees(51.13, 1.34), 12_345.6, 123.4, 20, 0.3) with { TruthId = "merchant-1" };
        var report = DetectionRecord.AtPosition(Time.AddSeconds(1), "phone", DetectionKind.Report, GeoPosition.FromDegrees(50.9, 1.5), 2_000) with
        {
            People = 45, Source = "phone", Caller = "caller-1",
        };

        sink.Ais(Time, AisLine);
        sink.Detection(radar);
        sink.Detection(report);
        sink.Truth(new TruthRecord(Time, "merchant-1", ObjectKind.Ship, GeoPosition.FromDegrees(51, 1.4), 12, 40, 20, ObjectState.Underway, 235000001, "Test"));

        var aisDatagram = await ReceiveAsync(ais, ct);
        Assert.Equal(AisLine + "\r\n", Encoding.ASCII.GetString(aisDatagram));

        var first = await ReceiveAsync(detections, ct);
        var second = await ReceiveAsync(detections, ct);
        Assert.Equal((byte)'\n', first[^1]);
        Assert.True(DetectionRecordJson.TryParse(first.AsSpan(0, first.Length - 1), out var parsedRadar, out var error), error);
        Assert.Equal(radar.Sensor, parsedRadar!.Sensor);
        Assert.Equal(DetectionKind.Radar, parsedRadar.Kind);
        Assert.Equal(12_345.6, parsedRadar.RangeMetres);
        Assert.Equal("merchant-1", parsedRadar.TruthId);
        Assert.True(DetectionRecordJson.TryParse(second.AsSpan(0, second.Length - 1), out var parsedReport, out error), error);
        Assert.Equal(45, parsedReport!.People);
        Assert.Equal("caller-1", parsedReport.Caller);

        Assert.Equal(3, sink.DatagramsSent);
        Assert.Equal(0, sink.DatagramsFailed);
        Assert.Equal(0, ais.Available);
    }

    [Fact]
    public async Task Truth_WithATruthEndpoint_IsSentAsAJsonLine()
    {
        var ct = TestContext.Current.CancellationToken;
        using var receiver = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var endpoint = (IPEndPoint)receiver.Client.LocalEndPoint!;
        using var sink = new UdpFeedSink(endpoint, endpoint, endpoint);

        sink.Truth(new TruthRecord(Time, "boat-1", ObjectKind.SmallBoat, GeoPosition.FromDegrees(50.9, 1.6), 6, 300, 48, ObjectState.Underway, null, null));

        var datagram = await ReceiveAsync(receiver, ct);
        Assert.True(TruthRecordJson.TryParse(datagram.AsSpan(0, datagram.Length - 1), out var truth, out var error), error);
        Assert.Equal("boat-1", truth!.Id);
        Assert.Equal(48, truth.People);
    }

    private static async Task<byte[]> ReceiveAsync(UdpClient client, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        return (await client.ReceiveAsync(timeout.Token)).Buffer;
    }
}
