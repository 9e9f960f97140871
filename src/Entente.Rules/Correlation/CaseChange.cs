namespace Entente.Rules.Correlation;

/// <summary>One change of a distress case, as recorded: what, when, and why in one sentence a watch officer reads, with
/// the case as it stands after the change.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Time">When: the time of the frame that made the change.</param>
/// <param name="Reason">Why, in one sentence.</param>
/// <param name="Case">The case after the change.</param>
/// <param name="Call">The call concerned (opened, added or joined), or null.</param>
/// <param name="OtherCaseId">The other case of a link, or null.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CaseChange(CaseChangeKind Kind, DateTimeOffset Time, string Reason, DistressCase Case, DistressCall? Call = null,
    long? OtherCaseId = null);
