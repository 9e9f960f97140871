namespace Entente.Server.Apis;

/// <summary>A new intelligence note. The author and the agency are the signed-in user's, never the body's.</summary>
/// <param name="Subject">What it is about: "smuggling-network", "boat-supply", "engine-supply" or "other".</param>
/// <param name="Title">One line, 1 to 200 characters.</param>
/// <param name="Text">The note, 1 to 20,000 characters.</param>
/// <param name="Releasability">Who else may read it, e.g. "UK+FR", "FR+uk-liaison"; left out, the originating agency alone ("ORIGINATOR").</param>
/// <param name="Tracks">Track numbers it is about, at most 50.</param>
/// <param name="Incidents">Incidents it is about, like "INC-00007", at most 50.</param>
public sealed record IntelligenceNoteRequest(string? Subject, string? Title, string? Text, string? Releasability, IReadOnlyList<long>? Tracks,
    IReadOnlyList<string>? Incidents);
