using Entente.Core.Identity;
using Entente.Core.Sharing;

namespace Entente.Storage.Intelligence;

/// <summary>An intelligence note as stored.</summary>
/// <param name="Id">Its number.</param>
/// <param name="CreatedAt">When it was written, UTC.</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="Provenance">The author's agency and who else may read it now.</param>
/// <param name="Subject">What it is about.</param>
/// <param name="Title">The title.</param>
/// <param name="Text">The note.</param>
/// <param name="Tracks">Tracks it is about.</param>
/// <param name="Incidents">Incidents it is about.</param>
public sealed record IntelligenceNote(long Id, DateTimeOffset CreatedAt, UserName Author, Provenance Provenance, IntelligenceSubject Subject, string Title,
    string Text, IReadOnlyList<long> Tracks, IReadOnlyList<string> Incidents) : IShareable
{
    /// <inheritdoc />
    public bool Equals(IntelligenceNote? other) =>
        other is not null && Id == other.Id && CreatedAt == other.CreatedAt && Author == other.Author && Provenance == other.Provenance &&
        Subject == other.Subject && Title == other.Title && Text == other.Text && Tracks.SequenceEqual(other.Tracks) && Incidents.SequenceEqual(other.Incidents);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, CreatedAt, Title);
}
