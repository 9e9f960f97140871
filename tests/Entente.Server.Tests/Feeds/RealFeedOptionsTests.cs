using System.Net;
using Entente.Core.Sharing;
using Entente.Server.Feeds;
using Microsoft.Extensions.Configuration;

namespace Entente.Server.Tests.Feeds;

public sealed class RealFeedOptionsTests
{
    [Fact]
    public void Read_NothingConfigured_NoRealFeed()
    {
        var options = RealFeedOptions.Read(Configuration([]));

        Assert.False(options.AnyConfigured);
        Assert.Equal(new Provenance(Agencies.HmCoastguard.Id, Releasability.UkAndFr), options.Provenance);
        Assert.Equal(4 * 1024 * 1024, options.HttpMaxBodyBytes);
    }

    [Fact]
    public void Read_EveryFeed_IsTaken()
    {
        var options = RealFeedOptions.Read(Configuration(new()
        {
            ["Feeds:Ais:Udp:Port"] = "10110",
            ["Feeds:Ais:Tcp:Host"] = "ais.example.org",
            ["Feeds:Ais:Tcp:Port"] = "5631",
            ["Feeds:Ais:Tcp:MaxBackoffSeconds"] = "30",
            ["Feeds:Detections:Udp:Port"] = "10111",
            ["Feeds:Detections:Udp:Address"] = "127.0.0.1",
            ["Feeds:Detections:Http:Enabled"] = "true",
            ["Feeds:Detections:Agency"] = "fr-cross-gris-nez",
        }));

        Assert.Equal(new IPEndPoint(IPAddress.Any, 10110), options.AisUdp);
        Assert.Equal(new DnsEndPoint("ais.example.org", 5631), options.AisTcp);
        Assert.Equal(30, options.AisTcpClient.MaxBackoffSeconds);
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 10111), options.DetectionsUdp);
        Assert.True(options.DetectionsHttp);
        Assert.Equal(Agencies.CrossGrisNez.Id, options.Provenance.OriginatingAgency);
        Assert.Equal(Releasability.UkAndFr, options.Provenance.Releasability);
        Assert.Empty(options.Errors);
    }

    [Fact]
    public void Read_ThePortAsTheSectionsValue_IsTaken()
    {
        Assert.Equal(10110, RealFeedOptions.Read(Configuration(new() { ["Feeds:Ais:Udp"] = "10110" })).AisUdp?.Port);
    }

    [Fact]
    public void Read_UnusableValues_LeaveThoseFeedsOffWithTheReason()
    {
        var options = RealFeedOptions.Read(Configuration(new()
        {
            ["Feeds:Ais:Udp:Port"] = "70000",
            ["Feeds:Ais:Tcp:Port"] = "5631",
            ["Feeds:Detections:Udp:Port"] = "10111",
            ["Feeds:Detections:Http:Enabled"] = "true",
            ["Feeds:Detections:Agency"] = "nobody",
        }));

        Assert.True(options.AnyConfigured);
        Assert.Null(options.AisUdp);
        Assert.Null(options.AisTcp);
        Assert.Null(options.DetectionsUdp);
        Assert.False(options.DetectionsHttp);
        Assert.Contains("70000", options.Errors["ais-udp"], StringComparison.Ordinal);
        Assert.Contains("Host and Port", options.Errors["ais-tcp"], StringComparison.Ordinal);
        Assert.Contains("'nobody' is not a known agency", options.Errors["detections-udp"], StringComparison.Ordinal);
        Assert.Contains("'nobody' is not a known agency", options.Errors["detections-http"], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ALabel_RestrictsTheReceivedDetections()
    {
        var options = RealFeedOptions.Read(Configuration(new()
        {
            ["Feeds:Detections:Http:Enabled"] = "true",
            ["Feeds:Detections:Agency"] = "fr-gendarmerie-paf",
            ["Feeds:Detections:Releasability"] = "FR+uk-liaison",
        }));

        Assert.True(options.DetectionsHttp);
        Assert.Empty(options.Errors);
        Assert.Equal(new Provenance(Agencies.GendarmeriePaf.Id, Releasability.Parse("FR+uk-liaison")), options.Provenance);
        Assert.False(options.Provenance.IsReleasableTo(Agencies.HmCoastguard));
        Assert.True(options.Provenance.IsReleasableTo(Agencies.UkLiaison));
    }

    [Theory]
    [InlineData("uk")]
    [InlineData("FR+xx-nobody")]
    [InlineData("")]
    public void Read_ABadLabel_KeepsTheDetectionFeedsOff(string label)
    {
        var options = RealFeedOptions.Read(Configuration(new()
        {
            ["Feeds:Detections:Udp:Port"] = "10111",
            ["Feeds:Detections:Http:Enabled"] = "true",
            ["Feeds:Detections:Releasability"] = label,
        }));

        Assert.Null(options.DetectionsUdp);
        Assert.False(options.DetectionsHttp);
        Assert.Contains("Feeds:Detections:Releasability", options.Errors["detections-http"], StringComparison.Ordinal);
        Assert.Contains("Feeds:Detections:Releasability", options.Errors["detections-udp"], StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
