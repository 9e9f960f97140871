namespace Entente.Sar.Search;

/// <summary>The searches completed for one incident, by their POS, and the cumulative POS they give.</summary>
/// <remarks>
/// Immutable: <see cref="With"/> returns a new history. Record each search's POS as computed on the cloud updated by the
/// unsuccessful searches before it; then the cumulative POS 1 − Π(1 − POSₖ) is the probability that one of them would
/// have found the object.
/// </remarks>
public sealed class SearchHistory
{
    private readonly double[] _pos;

    private SearchHistory(double[] pos) => _pos = pos;

    /// <summary>No searches yet.</summary>
    public static SearchHistory Empty { get; } = new([]);

    /// <summary>The POS of each completed search, in order.</summary>
    public IReadOnlyList<double> SearchPos => _pos;

    /// <summary>How many searches.</summary>
    public int Count => _pos.Length;

    /// <summary>Cumulative POS: 1 − Π(1 − POSₖ); 0 for none.</summary>
    public double CumulativePos => SearchProbability.CumulativePos(_pos);

    /// <summary>The history with one more completed search.</summary>
    /// <param name="pos">Its POS, 0 to 1.</param>
    /// <returns>The new history.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The POS is outside 0 to 1.</exception>
    public SearchHistory With(double pos) =>
        pos is >= 0 and <= 1
            ? new SearchHistory([.. _pos, pos])
            : throw new ArgumentOutOfRangeException(nameof(pos), pos, "A POS must be between 0 and 1.");
}
