using Entente.Sar.Particles;

namespace Entente.Sar.Search;

/// <summary>The result of <see cref="SearchPlanner.Plan"/>: a pattern per asset and the probability that the plan succeeds.</summary>
public sealed class SearchPlan
{
    internal SearchPlan(IReadOnlyList<SearchAssignment> assignments, IReadOnlyList<SearchAsset> unassigned, double totalPos, ParticleCloud cloudIfUnsuccessful)
    {
        Assignments = assignments;
        UnassignedAssets = unassigned;
        TotalPos = totalPos;
        CloudIfUnsuccessful = cloudIfUnsuccessful;
    }

    /// <summary>The assignments, in the order the planner chose them.</summary>
    public IReadOnlyList<SearchAssignment> Assignments { get; }

    /// <summary>Assets given nothing: no pattern fits their endurance, or nothing is left to find.</summary>
    public IReadOnlyList<SearchAsset> UnassignedAssets { get; }

    /// <summary>The probability that at least one assignment finds the object: 1 − Σ wᵢ Πₖ(1 − PODᵢₖ).</summary>
    public double TotalPos { get; }

    /// <summary>The cloud after every assignment searched and found nothing.</summary>
    public ParticleCloud CloudIfUnsuccessful { get; }
}
