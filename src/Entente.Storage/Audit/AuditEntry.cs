namespace Entente.Storage.Audit;

/// <summary>One entry of the audit log as stored: its place in the chain, what it records, and the two hashes that
/// chain it to the entry before.</summary>
/// <param name="Sequence">Its place, from 1 without gaps.</param>
/// <param name="Time">When, UTC.</param>
/// <param name="Actor">Who.</param>
/// <param name="Agency">The actor's agency.</param>
/// <param name="Action">What was done.</param>
/// <param name="Target">What it was done to.</param>
/// <param name="Detail">More.</param>
/// <param name="PreviousHash">The hash of the entry before (<see cref="AuditChain.Genesis"/> for the first).</param>
/// <param name="Hash">This entry's hash: SHA-256 over its fields and <paramref name="PreviousHash"/>, lower-case hex.</param>
public sealed record AuditEntry(long Sequence, DateTimeOffset Time, string Actor, string Agency, string Action, string Target, string Detail,
    string PreviousHash, string Hash);
