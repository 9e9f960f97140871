namespace Entente.Incidents.Evidence;

/// <summary>How closely rescue evidence must match an incident to close it.</summary>
public sealed record EvidenceOptions
{
    /// <summary>The least distance from the datum that may conflict, metres; 5,000 by default (a datum is rarely
    /// better than a few kilometres).</summary>
    public double MinPlaceToleranceMetres { get; init; } = 5_000;

    /// <summary>How many datum sigmas the place may be from the datum; 3 by default.</summary>
    public double PlaceToleranceSigmas { get; init; } = 3;

    /// <summary>The share of people aboard by which the accounted people may differ; 0.25 by default (counts from
    /// boats are rough).</summary>
    public double PeopleToleranceShare { get; init; } = 0.25;

    /// <summary>The least number of people by which they may differ; 5 by default.</summary>
    public int MinPeopleTolerance { get; init; } = 5;

    /// <summary>Checks every value.</summary>
    /// <returns>This instance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or not finite.</exception>
    public EvidenceOptions Validate()
    {
        if (!double.IsFinite(MinPlaceToleranceMetres) || MinPlaceToleranceMetres <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MinPlaceToleranceMetres), MinPlaceToleranceMetres, "Must be positive.");
        }

        if (!double.IsFinite(PlaceToleranceSigmas) || PlaceToleranceSigmas <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(PlaceToleranceSigmas), PlaceToleranceSigmas, "Must be positive.");
        }

        if (!double.IsFinite(PeopleToleranceShare) || PeopleToleranceShare < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(PeopleToleranceShare), PeopleToleranceShare, "Must not be negative.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(MinPeopleTolerance);
        return this;
    }
}
