using Entente.Core.Sharing;
using Entente.Server.Apis;

namespace Entente.Server.Picture;

/// <summary>What a viewer's agency may see of the picture: every read and every pushed payload goes through here, so that
/// nothing reaches an agency unless <see cref="Provenance.IsReleasableTo"/> allows it, and nothing reaches a request
/// without an agency.</summary>
internal static class Releasing
{
    /// <summary>The provenance of what both centres share by default (AIS, the CNIS radars, incidents): HM Coastguard's,
    /// releasable to both states.</summary>
    public static Provenance Shared { get; } = new(Agencies.HmCoastguard.Id, Releasability.UkAndFr);

    /// <summary>Whether the viewer may see an object.</summary>
    /// <param name="item">The object.</param>
    /// <param name="viewer">The viewer's agency, or null when there is none (then nothing).</param>
    /// <returns>True when releasable.</returns>
    public static bool May(IShareable item, Agency? viewer) => viewer is not null && item.Provenance.IsReleasableTo(viewer);

    /// <summary>An incident as a viewer sees it: its log counted without the restricted notes they may not read.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="viewer">The viewer's agency.</param>
    /// <returns>The incident, with its count for the viewer.</returns>
    public static IncidentResponse ForViewer(IncidentResponse incident, Agency viewer)
    {
        var hidden = 0;
        foreach (var note in incident.RestrictedLog)
        {
            hidden += note.IsReleasableTo(viewer) ? 0 : 1;
        }

        return hidden == 0 ? incident : incident with { LogEntries = incident.LogEntries - hidden };
    }

    /// <summary>The incidents a viewer may see, each counted for them.</summary>
    /// <param name="incidents">The incidents.</param>
    /// <param name="viewer">The viewer's agency, or null (then none).</param>
    /// <returns>What the viewer may see.</returns>
    public static IReadOnlyList<IncidentResponse> Incidents(IReadOnlyList<IncidentResponse> incidents, Agency? viewer) =>
        viewer is null ? [] : [.. Filter(incidents, viewer).Select(i => ForViewer(i, viewer))];

    /// <summary>What of a list the viewer may see, in the list's order.</summary>
    /// <typeparam name="T">The objects.</typeparam>
    /// <param name="items">The list.</param>
    /// <param name="viewer">The viewer's agency, or null (then nothing).</param>
    /// <returns>The releasable items.</returns>
    public static IReadOnlyList<T> Filter<T>(IReadOnlyList<T> items, Agency? viewer) where T : IShareable
    {
        if (viewer is null)
        {
            return [];
        }

        var kept = new List<T>(items.Count);
        foreach (var item in items)
        {
            if (item.Provenance.IsReleasableTo(viewer))
            {
                kept.Add(item);
            }
        }

        return kept;
    }
}
