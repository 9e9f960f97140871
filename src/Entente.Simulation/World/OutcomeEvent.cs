using Entente.Core.Detections;
using Entente.Core.Projection;

namespace Entente.Simulation.World;

/// <summary>A crossing's end as it happened in the world, for the outcome-report model to report a little later.</summary>
/// <param name="Time">When it happened (the start of the step).</param>
/// <param name="TruthId">The object it happened to: a boat, or a group of people in the water.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="People">The true number of people prevented, taken aboard or landed.</param>
/// <param name="Point">Where.</param>
/// <param name="Reporter">Who reports it: the asset's id, or the shore patrol's.</param>
/// <param name="Source">"asset" or "patrol".</param>
internal sealed record OutcomeEvent(DateTimeOffset Time, string TruthId, BoatOutcome Outcome, int People, ProjectedPoint Point, string Reporter, string Source)
{
    /// <summary>The reporter of launches stopped on the French beaches.</summary>
    public const string BeachPatrol = "fr-beach-patrol";

    /// <summary>The reporter of boats landing in England.</summary>
    public const string LandingPatrol = "uk-border-force-landings";
}
