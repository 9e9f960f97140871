using System.Net;

namespace Entente.Cli.Commands;

/// <summary>Where <c>entente sim live</c> sends its datagrams.</summary>
/// <param name="Ais">AIS lines.</param>
/// <param name="Detections">Detections, as JSON lines.</param>
/// <param name="Truth">Ground truth, as JSON lines; not sent when null.</param>
internal sealed record SimLiveEndpoints(IPEndPoint Ais, IPEndPoint Detections, IPEndPoint? Truth);
