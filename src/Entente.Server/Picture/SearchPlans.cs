using System.Collections.Concurrent;
using Entente.Core.Identifiers;
using Entente.Sar.Search;

namespace Entente.Server.Picture;

/// <summary>The current search plan of each incident: the latest one planned replaces the one before.</summary>
internal sealed class SearchPlans
{
    private readonly ConcurrentDictionary<IncidentId, SearchPlan> _plans = new();

    public void Set(IncidentId id, SearchPlan plan) => _plans[id] = plan;

    public SearchPlan? Of(IncidentId id) => _plans.GetValueOrDefault(id);
}
