namespace Entente.Storage.Audit;

/// <summary>
/// The append-only, hash-chained audit log: every write, and every read of restricted data, in the order it was
/// recorded. The database refuses updates and deletes; the chain shows any change made around that refusal.
/// </summary>
public interface IAuditLog
{
    /// <summary>Appends entries, in order, in one transaction, chained after the current head.</summary>
    /// <param name="entries">At least one entry.</param>
    /// <param name="cancellationToken">Cancels the operation; nothing is appended then.</param>
    /// <returns>The entries as stored, with their sequences and hashes.</returns>
    Task<IReadOnlyList<AuditEntry>> AppendAsync(IReadOnlyList<NewAuditEntry> entries, CancellationToken cancellationToken);

    /// <summary>Reads entries after a sequence, in order.</summary>
    /// <param name="afterSequence">0 for the start.</param>
    /// <param name="limit">At most this many.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The entries.</returns>
    Task<IReadOnlyList<AuditEntry>> ReadAsync(long afterSequence, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Checks the whole chain: sequences from 1 without gaps, each entry's hash from its fields, each entry holding its
    /// predecessor's hash, and the last entry being the head the log recorded. Names the first entry that fails.
    /// </summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>What was found.</returns>
    Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken);
}
