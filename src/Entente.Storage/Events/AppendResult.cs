namespace Entente.Storage.Events;

/// <summary>What an append committed.</summary>
/// <param name="Version">The stream's version after the append: the version of its last event.</param>
/// <param name="Positions">The global positions given to the events, in the order appended.</param>
public sealed record AppendResult(int Version, IReadOnlyList<long> Positions);
