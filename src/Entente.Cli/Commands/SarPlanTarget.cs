using Entente.Core.Positions;

namespace Entente.Cli.Commands;

/// <summary>What <c>sar plan</c> searches for: a datum, and the incident it came from when there is one.</summary>
/// <param name="Incident">The incident's id, or null for a datum given on the command line.</param>
/// <param name="Position">The datum's position.</param>
/// <param name="Time">When it holds.</param>
/// <param name="SigmaMetres">Its one-sigma uncertainty, metres.</param>
internal sealed record SarPlanTarget(string? Incident, GeoPosition Position, DateTimeOffset Time, double SigmaMetres);
