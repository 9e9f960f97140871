using System.Globalization;

namespace Entente.Rules.Correlation;

/// <summary>The sentences a watch officer reads about calls and cases. Invariant culture: logs are shared across
/// both centres.</summary>
internal static class CaseText
{
    public static string Label(DistressCall call)
    {
        var people = call.People is { } n ? F($"{n} people") : "people unknown";
        return F($"Call {call.Number} from {call.Caller ?? "an unnamed caller"} ({call.Source ?? "source unknown"}, {people})");
    }

    /// <summary>What the hypotheses say, as a verb phrase: "best matches track 17 (p 0.82, 1.2 km); 2 other candidates".</summary>
    public static string Match(Hypotheses h)
    {
        switch (h.Correlation)
        {
            case CaseCorrelation.Correlated:
                var best = h.Listed[0];
                return F($"best matches track {best.TrackId} (p {best.Probability:0.00}, {Km(best)}){Others(h.Listed.Count - 1)}");
            case CaseCorrelation.Uncorrelated when h.Listed.Count == 0:
                return "matches no track on the picture";
            case CaseCorrelation.Uncorrelated:
                var nearest = h.Listed.MinBy(c => c.DistanceMetres)!;
                return F($"matches no track (none p {h.None:0.00}); nearest candidate track {nearest.TrackId} (p {nearest.Probability:0.00}, {Km(nearest)})");
            default:
                var ranked = h.Listed.Select(c => (c.Probability, Text: F($"track {c.TrackId} (p {c.Probability:0.00}, {Km(c)})")))
                    .Append((Probability: h.None, Text: F($"no track (p {h.None:0.00})")))
                    .OrderByDescending(x => x.Probability)
                    .ToList();
                var shown = ranked.Take(3).ToList();
                var rest = ranked.Count - shown.Count;
                return "is ambiguous: " + string.Join(", ", shown.Select(x => x.Text)) + Others(rest);
        }
    }

    /// <summary>The top of the hypotheses, short: "best matches track 17 (p 0.52)", or in the past tense.</summary>
    public static string Short(Hypotheses h, bool past) => h.Correlation switch
    {
        CaseCorrelation.Correlated => F($"best {(past ? "matched" : "matches")} track {h.BestTrackId} (p {h.TopProbability:0.00})"),
        CaseCorrelation.Uncorrelated => F($"{(past ? "matched" : "matches")} no track (none p {h.None:0.00})"),
        _ when h.Listed.Count > 0 => F($"{(past ? "was" : "is")} ambiguous (track {h.Listed[0].TrackId} p {h.Listed[0].Probability:0.00}, none p {h.None:0.00})"),
        _ => F($"{(past ? "was" : "is")} ambiguous (none p {h.None:0.00})"),
    };

    public static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // A track that has ended stays a candidate (the boat may have been lost by radar), said so with when it was last seen.
    private static string Km(CaseCandidate c) =>
        c.Live ? F($"{c.DistanceMetres / 1000:0.0} km") : F($"{c.DistanceMetres / 1000:0.0} km, last seen {c.LastSeen:HH:mm}");

    private static string Others(int count) => count switch
    {
        <= 0 => "",
        1 => "; 1 other candidate",
        _ => F($"; {count} other candidates"),
    };
}
