using System.Globalization;
using System.Net;
using Entente.Ais.Ingest;
using Entente.Core.Identifiers;
using Entente.Core.Sharing;

namespace Entente.Server.Feeds;

/// <summary>
/// Configuration of the real feeds under <c>Feeds</c>: AIS over UDP (<c>Ais:Udp:Port</c>) and from a TCP server
/// (<c>Ais:Tcp:Host</c> and <c>Port</c>), detection records as JSON lines over UDP (<c>Detections:Udp:Port</c>) and
/// HTTP (<c>Detections:Http:Enabled</c>). A value that cannot be used leaves that feed off with the reason in
/// <see cref="Errors"/>, never the server down.
/// </summary>
/// <remarks>This type is immutable and thread-safe once read.</remarks>
internal sealed record RealFeedOptions
{
    /// <summary>The feeds' names, as <c>GET /api/feed</c> lists them.</summary>
    public const string AisUdpName = "ais-udp";

    /// <inheritdoc cref="AisUdpName"/>
    public const string AisTcpName = "ais-tcp";

    /// <inheritdoc cref="AisUdpName"/>
    public const string DetectionsUdpName = "detections-udp";

    /// <inheritdoc cref="AisUdpName"/>
    public const string DetectionsHttpName = "detections-http";

    /// <summary>Where to listen for AIS datagrams, when configured.</summary>
    public IPEndPoint? AisUdp { get; init; }

    /// <summary>The AIS TCP server to connect to, when configured.</summary>
    public DnsEndPoint? AisTcp { get; init; }

    /// <summary>How the TCP client backs off and times out.</summary>
    public AisTcpClientOptions AisTcpClient { get; init; } = new();

    /// <summary>Where to listen for detection datagrams, when configured.</summary>
    public IPEndPoint? DetectionsUdp { get; init; }

    /// <summary>Whether <c>POST /api/feed/detections</c> takes records.</summary>
    public bool DetectionsHttp { get; init; }

    /// <summary>The largest body <c>POST /api/feed/detections</c> takes, in bytes (default 4 MiB).</summary>
    public long HttpMaxBodyBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Whose the received detections are and who may see them: the configured agency and label (UK and France
    /// unless configured otherwise).</summary>
    public Provenance Provenance { get; init; } = new(Agencies.HmCoastguard.Id, Releasability.UkAndFr);

    /// <summary>How many received records may wait for the picture; beyond that, sockets drop (and count) what arrives.</summary>
    public int QueueCapacity { get; init; } = 65_536;

    /// <summary>How far ahead of the server's clock a record's time may be; later ones are refused, so that a sensor with
    /// a wrong clock cannot carry the picture into the future.</summary>
    public TimeSpan MaxAhead { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Why a configured feed cannot run, by feed name.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether any real feed is configured (running or not).</summary>
    public bool AnyConfigured => AisUdp is not null || AisTcp is not null || DetectionsUdp is not null || DetectionsHttp || Errors.Count > 0;

    /// <summary>Reads the <c>Feeds</c> section.</summary>
    /// <param name="configuration">The application's configuration.</param>
    /// <returns>The options; unusable values are in <see cref="Errors"/>.</returns>
    public static RealFeedOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var feeds = configuration.GetSection("Feeds");
        var errors = new Dictionary<string, string>();
        var options = new RealFeedOptions();

        var aisUdp = feeds.GetSection("Ais:Udp");
        // "Feeds:Ais:Udp=10110" is taken as the port, as well as "Feeds:Ais:Udp:Port=10110".
        if ((aisUdp["Port"] ?? aisUdp.Value) is { } aisUdpPort)
        {
            options = options with { AisUdp = Listen(AisUdpName, aisUdp["Address"], aisUdpPort, "Feeds:Ais:Udp", errors) };
        }

        var aisTcp = feeds.GetSection("Ais:Tcp");
        if (aisTcp["Host"] is { } || aisTcp["Port"] is { })
        {
            options = options with
            {
                AisTcp = Connect(aisTcp["Host"], aisTcp["Port"], errors),
                AisTcpClient = new AisTcpClientOptions
                {
                    InitialBackoffSeconds = Number(aisTcp["InitialBackoffSeconds"], 1),
                    MaxBackoffSeconds = Number(aisTcp["MaxBackoffSeconds"], 60),
                    IdleTimeoutSeconds = Number(aisTcp["IdleTimeoutSeconds"], 300),
                },
            };
        }

        var detections = feeds.GetSection("Detections");
        var detectionsUdp = detections.GetSection("Udp");
        if ((detectionsUdp["Port"] ?? detectionsUdp.Value) is { } detectionsUdpPort)
        {
            options = options with { DetectionsUdp = Listen(DetectionsUdpName, detectionsUdp["Address"], detectionsUdpPort, "Feeds:Detections:Udp", errors) };
        }

        var http = detections.GetSection("Http");
        if (http["Enabled"] is { } enabled)
        {
            options = options with { DetectionsHttp = bool.TryParse(enabled, out var on) && on };
            if (!bool.TryParse(enabled, out _))
            {
                errors[DetectionsHttpName] = $"Feeds:Detections:Http:Enabled '{enabled}' is not true or false.";
            }
        }

        if (http["MaxBodyBytes"] is { } max)
        {
            if (long.TryParse(max, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) && bytes is >= 1024 and <= 256 * 1024 * 1024)
            {
                options = options with { HttpMaxBodyBytes = bytes };
            }
            else
            {
                errors[DetectionsHttpName] = $"Feeds:Detections:Http:MaxBodyBytes '{max}' is not a size from 1024 bytes to 256 MiB.";
            }
        }

        if (detections["Agency"] is { } agency)
        {
            if (AgencyId.TryParse(agency, out var id) && Agencies.Find(id) is not null)
            {
                options = options with { Provenance = new Provenance(id, Releasability.UkAndFr) };
            }
            else
            {
                // Detections with the wrong owner must not be shared: the detection feeds stay off.
                var reason = $"Feeds:Detections:Agency '{agency}' is not a known agency.";
                foreach (var name in (string[])[DetectionsUdpName, DetectionsHttpName])
                {
                    errors.TryAdd(name, reason);
                }

                options = options with { DetectionsUdp = null, DetectionsHttp = false };
            }
        }

        if (detections["Releasability"] is { } label)
        {
            if (Releasability.TryParse(label, out var releasability, out var why) && releasability.Agencies.All(a => Agencies.Find(a) is not null))
            {
                options = options with { Provenance = options.Provenance with { Releasability = releasability } };
            }
            else
            {
                // A label that does not parse must not widen or narrow anything by accident: the detection feeds stay off.
                var reason = $"Feeds:Detections:Releasability '{label}': {(why.Length > 0 ? why : "it names an agency that does not exist.")}";
                foreach (var name in (string[])[DetectionsUdpName, DetectionsHttpName])
                {
                    errors.TryAdd(name, reason);
                }

                options = options with { DetectionsUdp = null, DetectionsHttp = false };
            }
        }

        if (feeds["QueueCapacity"] is { } capacity)
        {
            options = options with
            {
                QueueCapacity = int.TryParse(capacity, NumberStyles.None, CultureInfo.InvariantCulture, out var c) && c is >= 1 and <= 10_000_000 ? c : options.QueueCapacity,
            };
        }

        if (errors.ContainsKey(DetectionsHttpName))
        {
            options = options with { DetectionsHttp = false };
        }

        return options with { Errors = errors };
    }

    private static IPEndPoint? Listen(string name, string? address, string port, string key, Dictionary<string, string> errors)
    {
        if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p > IPEndPoint.MaxPort)
        {
            errors[name] = $"{key}:Port '{port}' is not a port number (0 to 65535; 0 picks a free one).";
            return null;
        }

        // Sensors send from elsewhere on the network: every interface unless an address is given.
        var ip = IPAddress.Any;
        if (address is not null && !IPAddress.TryParse(address, out ip))
        {
            errors[name] = $"{key}:Address '{address}' is not an IP address.";
            return null;
        }

        return new IPEndPoint(ip, p);
    }

    private static DnsEndPoint? Connect(string? host, string? port, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(host) || port is null)
        {
            errors[AisTcpName] = "Feeds:Ais:Tcp needs both Host and Port.";
            return null;
        }

        if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p is < 1 or > IPEndPoint.MaxPort)
        {
            errors[AisTcpName] = $"Feeds:Ais:Tcp:Port '{port}' is not a port number (1 to 65535).";
            return null;
        }

        return new DnsEndPoint(host.Trim(), p);
    }

    private static double Number(string? text, double fallback) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0 ? value : fallback;
}
