namespace Entente.Rules.Correlation;

/// <summary>How well a call or a case is tied to a boat on the picture.</summary>
public enum CaseCorrelation
{
    /// <summary>One track is clearly the most likely.</summary>
    Correlated,

    /// <summary>No hypothesis clearly wins: several tracks, or a track and "no track", are all plausible.</summary>
    Ambiguous,

    /// <summary>Clearly no track on the picture: the boat is unseen (outside radar cover, or not yet found).</summary>
    Uncorrelated,
}
