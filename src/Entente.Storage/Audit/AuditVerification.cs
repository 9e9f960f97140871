namespace Entente.Storage.Audit;

/// <summary>What checking the audit log's chain found.</summary>
/// <param name="Entries">Entries read.</param>
/// <param name="HeadSequence">The last entry's sequence (0 for an empty log).</param>
/// <param name="HeadHash">The last entry's hash (<see cref="AuditChain.Genesis"/> for an empty log).</param>
/// <param name="FirstBadSequence">The first entry that is wrong or missing, or null when the log is intact.</param>
/// <param name="Problem">What is wrong with it, in one sentence, or null.</param>
public sealed record AuditVerification(long Entries, long HeadSequence, string HeadHash, long? FirstBadSequence, string? Problem)
{
    /// <summary>Whether every entry is where it was written, as it was written, and none is missing.</summary>
    public bool Intact => FirstBadSequence is null;
}
