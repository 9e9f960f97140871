namespace Entente.Incidents.Incidents;

/// <summary>
/// The people of an incident: believed aboard at the start, and how many have been rescued (taken aboard a rescue or
/// patrol vessel), landed (reached the shore), or are missing. Those not yet accounted for are
/// <see cref="Unaccounted"/>.
/// </summary>
/// <remarks>Immutable and validated: no count is negative.</remarks>
public sealed record PeopleCount
{
    /// <summary>Creates a count.</summary>
    /// <param name="aboard">Believed aboard, or null when unknown.</param>
    /// <param name="rescued">Rescued.</param>
    /// <param name="landed">Landed.</param>
    /// <param name="missing">Missing.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public PeopleCount(int? aboard, int rescued = 0, int landed = 0, int missing = 0)
    {
        if (aboard is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(aboard), aboard, "People aboard cannot be negative.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(rescued);
        ArgumentOutOfRangeException.ThrowIfNegative(landed);
        ArgumentOutOfRangeException.ThrowIfNegative(missing);
        Aboard = aboard;
        Rescued = rescued;
        Landed = landed;
        Missing = missing;
    }

    /// <summary>Nobody known.</summary>
    public static PeopleCount Unknown { get; } = new((int?)null);

    /// <summary>Believed aboard, or null when unknown.</summary>
    public int? Aboard { get; }

    /// <summary>Rescued.</summary>
    public int Rescued { get; }

    /// <summary>Landed.</summary>
    public int Landed { get; }

    /// <summary>Missing.</summary>
    public int Missing { get; }

    /// <summary>Believed aboard and not yet rescued, landed or missing; null when the number aboard is unknown.</summary>
    public int? Unaccounted => Aboard is { } aboard ? Math.Max(0, aboard - Rescued - Landed - Missing) : null;
}
