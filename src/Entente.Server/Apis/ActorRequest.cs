namespace Entente.Server.Apis;

/// <summary>Who is acting: the caller names the user and the agency (the page sends the signed-in user's); both are checked.</summary>
/// <param name="Actor">The user's name.</param>
/// <param name="Agency">The agency code, e.g. "uk-hmcg" or "fr-cross-gris-nez".</param>
/// <param name="Reason">Why, or the note's text, where the action needs one.</param>
public sealed record ActorRequest(string? Actor, string? Agency, string? Reason)
{
    /// <summary>For a note: who may read it besides the author's agency, e.g. "UK" (docs/security.md); both states when absent.</summary>
    public string? Releasability { get; init; }
}
