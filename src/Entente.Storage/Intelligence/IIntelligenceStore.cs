using Entente.Core.Identity;
using Entente.Core.Sharing;

namespace Entente.Storage.Intelligence;

/// <summary>
/// Intelligence notes, read only through the reader's agency: every query returns what that agency may see and
/// nothing else, and a note it may not see is indistinguishable from one that does not exist.
/// </summary>
public interface IIntelligenceStore
{
    /// <summary>Records a note.</summary>
    /// <param name="note">The note.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The note as stored.</returns>
    Task<IntelligenceNote> AddAsync(NewIntelligenceNote note, CancellationToken cancellationToken);

    /// <summary>A note by number, when the reader may see it.</summary>
    /// <param name="reader">The reading agency.</param>
    /// <param name="id">The note's number.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The note, or null.</returns>
    Task<IntelligenceNote?> GetAsync(Agency reader, long id, CancellationToken cancellationToken);

    /// <summary>The notes a reader may see, newest first, optionally only those about a track, an incident or a subject.</summary>
    /// <param name="reader">The reading agency.</param>
    /// <param name="track">Only notes linked to this track, or null.</param>
    /// <param name="incident">Only notes linked to this incident, or null.</param>
    /// <param name="subject">Only notes on this subject, or null.</param>
    /// <param name="limit">At most this many.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The notes.</returns>
    Task<IReadOnlyList<IntelligenceNote>> QueryAsync(Agency reader, long? track, string? incident, IntelligenceSubject? subject, int limit,
        CancellationToken cancellationToken);

    /// <summary>Changes a note's releasability: only its originating agency may, and the change is audited in the same transaction.</summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="agency">Their agency.</param>
    /// <param name="id">The note's number.</param>
    /// <param name="releasability">The new label.</param>
    /// <param name="now">When.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>What came of it.</returns>
    Task<RelabelOutcome> RelabelAsync(UserName actor, Agency agency, long id, Releasability releasability, DateTimeOffset now, CancellationToken cancellationToken);
}
