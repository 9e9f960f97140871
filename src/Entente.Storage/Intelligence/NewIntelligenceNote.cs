using Entente.Core.Identity;
using Entente.Core.Sharing;
using Entente.Core.Time;
using Entente.Storage.Events;

namespace Entente.Storage.Intelligence;

/// <summary>An intelligence note to record, validated on construction. Its releasability defaults to the originator
/// alone: a note is shared only when its author says so.</summary>
/// <param name="CreatedAt">When it was written, UTC.</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="Provenance">The author's agency and who else may read it.</param>
/// <param name="Subject">What it is about.</param>
/// <param name="Title">A one-line title; not blank, at most 200 characters.</param>
/// <param name="Text">The note; at most 20,000 characters.</param>
public sealed record NewIntelligenceNote(DateTimeOffset CreatedAt, UserName Author, Provenance Provenance, IntelligenceSubject Subject, string Title, string Text)
{
    /// <summary>When it was written, UTC, to the microsecond.</summary>
    public DateTimeOffset CreatedAt { get; } = UtcTime.Require(CreatedAt, nameof(CreatedAt)).AddTicks(-(CreatedAt.UtcTicks % TimeSpan.TicksPerMicrosecond));

    /// <summary>Who wrote it.</summary>
    public UserName Author { get; } = Author == default ? throw new ArgumentException("A note needs an author.", nameof(Author)) : Author;

    /// <summary>The author's agency and the label.</summary>
    public Provenance Provenance { get; } = Provenance ?? throw new ArgumentNullException(nameof(Provenance));

    /// <summary>What it is about.</summary>
    public IntelligenceSubject Subject { get; } = Enum.IsDefined(Subject) ? Subject : throw new ArgumentOutOfRangeException(nameof(Subject));

    /// <summary>The title.</summary>
    public string Title { get; } = EventText.RequireName(Title, nameof(Title)).Length <= 200 ? Title : throw new ArgumentException("A title has at most 200 characters.", nameof(Title));

    /// <summary>The note.</summary>
    public string Text { get; } = EventText.RequireStorable(Text, nameof(Text)).Length <= 20_000 ? Text : throw new ArgumentException("A note has at most 20,000 characters.", nameof(Text));

    /// <summary>Tracks it is about, by id.</summary>
    public IReadOnlyList<long> Tracks { get; init; } = [];

    /// <summary>Incidents it is about, e.g. "INC-00007".</summary>
    public IReadOnlyList<string> Incidents { get; init; } = [];
}
