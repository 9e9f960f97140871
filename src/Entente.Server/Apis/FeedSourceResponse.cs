namespace Entente.Server.Apis;

/// <summary>One real feed in GET /api/feed.</summary>
/// <param name="Name">The feed: <c>ais-udp</c>, <c>ais-tcp</c>, <c>detections-udp</c> or <c>detections-http</c>.</param>
/// <param name="Kind">What it carries: <c>ais</c> or <c>detections</c>.</param>
/// <param name="Endpoint">Where it listens or connects (<c>udp://0.0.0.0:10110</c>, <c>tcp://host:port</c>, <c>POST /api/feed/detections</c>).</param>
/// <param name="Running">Whether it is receiving.</param>
/// <param name="Received">Lines received.</param>
/// <param name="Rejected">Lines rejected (bad JSON or NMEA, invalid records, times too far ahead).</param>
/// <param name="Dropped">Good lines dropped because the picture's queue was full.</param>
/// <param name="LastError">The latest problem ("line N: why", a lost connection, or why it cannot run), else null.</param>
public sealed record FeedSourceResponse(string Name, string Kind, string Endpoint, bool Running, long Received, long Rejected, long Dropped, string? LastError);
