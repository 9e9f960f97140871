namespace Entente.Ais.Reassembly;

/// <summary>The reception facts of one fragment, already interned.</summary>
internal readonly record struct FragmentFacts(string? Talker, char? Channel, bool IsOwnShip, string? Source, long? UnixTimeMilliseconds, bool ChecksumMissing);
