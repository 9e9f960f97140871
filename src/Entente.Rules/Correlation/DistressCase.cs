using System.Globalization;
using Entente.Core.Positions;

namespace Entente.Rules.Correlation;

/// <summary>
/// The calls believed to come from one boat, with the tracks that boat may be and how likely each is. Calls from one
/// caller always share a case; a new caller joins only on a confident tie to the same track, and that is recorded.
/// </summary>
/// <remarks>Immutable: the correlator replaces a case with a new version at every change.</remarks>
public sealed record DistressCase
{
    internal DistressCase(long number) => Number = number;

    /// <summary>The case number, from 1, stable for the life of the correlator.</summary>
    public long Number { get; }

    /// <summary>The id people read, e.g. "CASE-0007".</summary>
    public string Id => string.Create(CultureInfo.InvariantCulture, $"CASE-{Number:D4}");

    /// <summary>The calls, in the order received.</summary>
    public IReadOnlyList<DistressCall> Calls { get; internal init; } = [];

    /// <summary>The distinct callers, in the order first heard.</summary>
    public IReadOnlyList<string> Callers { get; internal init; } = [];

    /// <summary>When the first call was received.</summary>
    public DateTimeOffset FirstCall { get; internal init; }

    /// <summary>When the latest call was received.</summary>
    public DateTimeOffset LastCall { get; internal init; }

    /// <summary>The boat's position from the calls alone (weighted by their errors, older ones widened by how far a boat
    /// moves), as at <see cref="LastCall"/>; null when no call gave a usable position.</summary>
    public GeoPosition? FusedPosition { get; internal init; }

    /// <summary>One-sigma error of <see cref="FusedPosition"/>, metres.</summary>
    public double? FusedSigmaMetres { get; internal init; }

    /// <summary>People aboard from the calls (the median of the counts given), or null.</summary>
    public int? People { get; internal init; }

    /// <summary>Candidate tracks, most likely first.</summary>
    public IReadOnlyList<CaseCandidate> Candidates { get; internal init; } = [];

    /// <summary>Probability that the boat is one no track follows.</summary>
    public double NoneProbability { get; internal init; } = 1;

    /// <summary>The most likely track, or null when "no track" is more likely.</summary>
    public long? BestTrackId { get; internal init; }

    /// <summary>The probability of the most likely track (0 with no candidate).</summary>
    public double BestProbability => Candidates.Count > 0 ? Candidates[0].Probability : 0;

    /// <summary>How well the case is tied to a track.</summary>
    public CaseCorrelation Correlation { get; internal init; } = CaseCorrelation.Uncorrelated;

    /// <summary>Whether no hypothesis clearly wins.</summary>
    public bool IsAmbiguous => Correlation == CaseCorrelation.Ambiguous;

    /// <summary>Other cases currently linked to this one: confidently tied to the same track, so probably the same boat.</summary>
    public IReadOnlyList<long> LinkedCases { get; internal init; } = [];
}
