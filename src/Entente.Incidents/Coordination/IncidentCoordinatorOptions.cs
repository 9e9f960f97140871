using Entente.Sar.Drift;
using Entente.Sar.Forcing;
using Entente.Sar.Leeway;

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

    /// <summary>Particles in each lost boat's drift; 1,000 by default (enough for a datum and its spread each frame).</summary>
    public int DriftParticles { get; init; } = 1_000;

    /// <summary>What may be drifting once a boat's track is lost; the small-boat scenarios by default (60% afloat as
    /// REFUGEE-RAFT-1, 30% swamped as SKIFF-3, 10% people in the water as PIW-1).</summary>
    public IReadOnlyList<DriftScenario> DriftScenarios { get; init; } = LeewayCategories.SmallBoatScenarios;

    /// <summary>The 10 m wind for drift; calm when null.</summary>
    public IVectorField? Wind { get; init; }

    /// <summary>The uncertainty of the assumed current, m/s; 0.25 by default (a datum's spread grows about 900 m an hour
    /// from it alone).</summary>
    public double CurrentUncertaintyMetresPerSecond { get; init; } = 0.25;

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

        if (!double.IsFinite(DatumMoveMetres) || DatumMoveMetres < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(DatumMoveMetres), "Distances must be finite and not negative.");
        }

        if (DriftParticles is < 10 or > 100_000 || DriftScenarios.Count == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(DriftParticles), "A drift needs 10 to 100,000 particles and at least one scenario.");
        }

        new DriftOptions { CurrentUncertaintyMetresPerSecond = CurrentUncertaintyMetresPerSecond }.Validate();

        return this;
    }
}
