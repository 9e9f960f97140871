namespace Entente.Server.Apis;

/// <summary>The words of an action; who acts is the signed-in user, never a name in the body.</summary>
/// <param name="Reason">Why, or the note's text, where the action needs one.</param>
public sealed record ActorRequest(string? Reason)
{
    /// <summary>For a note: who may read it besides the author's agency, e.g. "UK" (docs/security.md); both states when absent.</summary>
    public string? Releasability { get; init; }
}
