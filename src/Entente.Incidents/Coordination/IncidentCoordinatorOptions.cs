namespace Entente.Incidents.Coordination;

/// <summary>How the coordinator runs incidents.</summary>
public sealed record IncidentCoordinatorOptions
{
    /// <summary>How long the other centre has to accept a handover before it escalates; 10 minutes by default.</summary>
    public TimeSpan HandoverAcceptWithin { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long the datum must be in the other centre's SAR region before a handover is offered; 3 minutes by
    /// default.</summary>
    public TimeSpan OfferAfterInOtherRegion { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>How far the datum must move before the move is logged, metres; 250 by default (the log records
    /// decisions, not every radar scan).</summary>
    public double DatumMoveMetres { get; init; } = 250;

    /// <summary>Longest time between logged datum moves while the boat moves; 5 minutes by default.</summary>
    public TimeSpan DatumMoveEvery { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How fast a drifting datum's uncertainty grows, metres per hour; 900 by default (about 0.5 kn of
    /// unknown current and leeway).</summary>
    public double DriftSigmaGrowthMetresPerHour { get; init; } = 900;

    /// <summary>When set, simulated watch officers accept handovers after this delay, as the named users
    /// "replay-watch-officer" of each centre; for replays of recordings only, never live.</summary>
    public TimeSpan? SimulatedAcceptanceAfter { get; init; }

    /// <summary>Checks every value.</summary>
    /// <returns>This instance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public IncidentCoordinatorOptions Validate()
    {
        if (HandoverAcceptWithin <= TimeSpan.Zero || DatumMoveEvery <= TimeSpan.Zero || SimulatedAcceptanceAfter < TimeSpan.Zero ||
            OfferAfterInOtherRegion < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(HandoverAcceptWithin), "Times must be positive.");
        }

        if (!double.IsFinite(DatumMoveMetres) || DatumMoveMetres < 0 || !double.IsFinite(DriftSigmaGrowthMetresPerHour) || DriftSigmaGrowthMetresPerHour < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(DatumMoveMetres), "Distances must be finite and not negative.");
        }

        return this;
    }
}
