using Entente.Core.Positions;
using Entente.Core.Detections;
using Entente.Incidents.Outcomes;

namespace Entente.Statistics.Operational;

/// <summary>
/// One boat as its outcome reports tell it: reports naming the same track or the same incident are the same boat, and
/// its latest report (by time, then number) says how its crossing ended, superseding the earlier ones.
/// </summary>
internal sealed record OutcomeBoat(BoatOutcome Outcome, DateTimeOffset Time, int? People, GeoPosition? Position, IReadOnlySet<long> Tracks,
    IReadOnlySet<string> Incidents)
{
    public static IReadOnlyList<OutcomeBoat> From(IEnumerable<OutcomeReport> reports)
    {
        var ordered = reports.OrderBy(r => r.Time).ThenBy(r => r.Number).ToList();
        var parent = Enumerable.Range(0, ordered.Count).ToArray();
        var byTrack = new Dictionary<long, int>();
        var byIncident = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Track is { } track)
            {
                Join(parent, i, byTrack, track);
            }

            if (ordered[i].Incident is { } incident)
            {
                Join(parent, i, byIncident, incident);
            }
        }

        return [.. Enumerable.Range(0, ordered.Count)
            .GroupBy(i => Root(parent, i))
            .Select(g => Boat([.. g.Select(i => ordered[i])]))
            .OrderBy(b => b.Time)];
    }

    private static OutcomeBoat Boat(IReadOnlyList<OutcomeReport> reports)
    {
        var last = reports[^1];

        // The same boat's reports repeat its people rather than add to them: the latest count of its outcome holds.
        var people = reports.Where(r => r.Outcome == last.Outcome).Select(r => r.People).LastOrDefault(p => p is not null);
        return new OutcomeBoat(last.Outcome, last.Time, people, reports.Select(r => r.Position).LastOrDefault(p => p is not null),
            reports.Select(r => r.Track).OfType<long>().ToHashSet(),
            reports.Select(r => r.Incident).OfType<string>().ToHashSet(StringComparer.Ordinal));
    }

    private static void Join<TKey>(int[] parent, int index, Dictionary<TKey, int> seen, TKey key)
        where TKey : notnull
    {
        if (seen.TryGetValue(key, out var other))
        {
            parent[Root(parent, index)] = Root(parent, other);
        }
        else
        {
            seen.Add(key, index);
        }
    }

    private static int Root(int[] parent, int index)
    {
        while (parent[index] != index)
        {
            index = parent[index] = parent[parent[index]];
        }

        return index;
    }
}
