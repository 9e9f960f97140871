using Entente.Storage.Intelligence;

namespace Entente.Server.Apis;

/// <summary>An intelligence note as a reader may see it.</summary>
/// <param name="Id">Its number.</param>
/// <param name="CreatedAt">When it was written, UTC.</param>
/// <param name="Author">Who wrote it (a user name).</param>
/// <param name="Agency">The originating agency's code.</param>
/// <param name="Releasability">Who else may read it: its label, e.g. "UK+FR" or "ORIGINATOR".</param>
/// <param name="Subject">What it is about, e.g. "boat-supply".</param>
/// <param name="Title">The title.</param>
/// <param name="Text">The note.</param>
/// <param name="Tracks">Track numbers it is about.</param>
/// <param name="Incidents">Incidents it is about.</param>
public sealed record IntelligenceNoteResponse(long Id, DateTimeOffset CreatedAt, string Author, string Agency, string Releasability, string Subject,
    string Title, string Text, IReadOnlyList<long> Tracks, IReadOnlyList<string> Incidents)
{
    /// <summary>The response for a stored note.</summary>
    /// <param name="note">The note.</param>
    /// <returns>The response.</returns>
    public static IntelligenceNoteResponse From(IntelligenceNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return new(note.Id, note.CreatedAt, note.Author.Value, note.Provenance.OriginatingAgency.Code, note.Provenance.Releasability.Label,
            IntelligenceSubjects.ToName(note.Subject), note.Title, note.Text, note.Tracks, note.Incidents);
    }
}
