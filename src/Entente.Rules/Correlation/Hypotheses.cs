namespace Entente.Rules.Correlation;

/// <summary>The probabilities of every candidate track and of "no track", for one call or one case.</summary>
/// <param name="All">Every candidate's probability, by track number.</param>
/// <param name="None">The probability of "no track".</param>
/// <param name="Listed">The candidates worth listing, most likely first.</param>
/// <param name="BestTrackId">The most likely track when it beats "no track", else null.</param>
/// <param name="TopProbability">The top hypothesis's probability.</param>
/// <param name="Correlation">Correlated, ambiguous or uncorrelated.</param>
internal sealed record Hypotheses(IReadOnlyDictionary<long, double> All, double None, IReadOnlyList<CaseCandidate> Listed, long? BestTrackId,
    double TopProbability, CaseCorrelation Correlation)
{
    public static Hypotheses NoTrack { get; } = new(new Dictionary<long, double>(), 1, [], null, 1, CaseCorrelation.Uncorrelated);

    public double Probability(long? trackId) => trackId is { } id ? All.GetValueOrDefault(id) : None;
}
