using Entente.Core.Geodesy;
using Entente.Core.Sharing;
using Entente.Core.Units;
using Entente.Incidents.Assets;
using Entente.Incidents.Centres;
using Entente.Incidents.Coordination;
using Entente.Incidents.Events;
using Entente.Incidents.Incidents;
using Entente.Rules.Alerts;
using Entente.Rules.Situation;

namespace Entente.Picture.WatchFloor;

/// <summary>
/// Watch officers stood in for in a replay, so that a recorded night has the acknowledgements and taskings a watch
/// floor would have made: each alert acknowledged a fixed delay after it is raised, and each incident given the nearest
/// available rescue asset of its coordinating centre a fixed delay after it opens. They act through the same guarded
/// methods as people, as the user "replay-watch-officer" of the centre concerned, and the record says so.
/// </summary>
/// <remarks>Not thread-safe: the pipeline's thread drives it.</remarks>
public sealed class SimulatedWatchFloor
{
    /// <summary>The user name the simulated officers act as.</summary>
    public const string OfficerName = "replay-watch-officer";

    // Assets that can take people aboard; aircraft and drones search and watch.
    private static readonly AssetKind[] RescueKinds = [AssetKind.Lifeboat, AssetKind.Cutter, AssetKind.NavyVessel, AssetKind.GendarmerieVessel, AssetKind.Helicopter];

    private readonly AlertBook _book;
    private readonly IncidentCoordinator _incidents;
    private readonly SituationContext _context;
    private readonly IReadOnlyList<RescueAsset> _assets;
    private readonly HashSet<string> _tasked = new(StringComparer.Ordinal);

    /// <summary>Creates the watch floor.</summary>
    /// <param name="options">What it does, after how long.</param>
    /// <param name="book">The alert book.</param>
    /// <param name="incidents">The incidents stage.</param>
    /// <param name="context">The rules' context (whose waters a datum is in).</param>
    /// <param name="assets">The assets the centres can task.</param>
    public SimulatedWatchFloor(SimulatedWatchFloorOptions options, AlertBook book, IncidentCoordinator incidents, SituationContext context,
        IReadOnlyList<RescueAsset> assets)
    {
        Options = (options ?? throw new ArgumentNullException(nameof(options))).Validate();
        _book = book ?? throw new ArgumentNullException(nameof(book));
        _incidents = incidents ?? throw new ArgumentNullException(nameof(incidents));
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _assets = assets ?? throw new ArgumentNullException(nameof(assets));
    }

    /// <summary>What it does.</summary>
    public SimulatedWatchFloorOptions Options { get; }

    /// <summary>The actor of a centre's simulated officer.</summary>
    /// <param name="centre">The centre.</param>
    /// <returns>"replay-watch-officer" of the centre's agency.</returns>
    public static Actor Officer(CoordinationCentre centre) => new(OfficerName, CoordinationCentres.Agency(centre));

    /// <summary>Does what is due at a time.</summary>
    /// <param name="now">The frame's time.</param>
    /// <returns>The alert changes and incident events made, in order.</returns>
    public (IReadOnlyList<AlertChange> Alerts, IReadOnlyList<IncidentEvent> Events) Act(DateTimeOffset now)
    {
        var alerts = new List<AlertChange>();
        var events = new List<IncidentEvent>();
        if (Options.AcknowledgeAfter is { } acknowledge)
        {
            foreach (var alert in _book.Alerts.Where(a => a.Status == AlertStatus.Raised && now - a.RaisedAt >= acknowledge))
            {
                var centre = alert.Position is { } at ? _incidents.CentreFor(at) : CoordinationCentre.HmcgDover;
                alerts.Add(_book.Acknowledge(alert.Number, Officer(centre).ToString(), now));
            }
        }

        if (Options.TaskAfter is { } task)
        {
            foreach (var incident in _incidents.Incidents.Where(i => i.Status == IncidentStatus.Open && now - i.OpenedAt >= task))
            {
                if (_tasked.Contains(incident.Id.ToString()))
                {
                    continue;
                }

                if (incident.Tasked.Count > 0)
                {
                    // Someone tasked it already.
                    _tasked.Add(incident.Id.ToString());
                    continue;
                }

                if (Task(incident, now) is { } tasked)
                {
                    events.Add(tasked);
                    _tasked.Add(incident.Id.ToString());
                }
            }
        }

        return (alerts, events);
    }

    // The nearest available rescue asset of the coordinating centre's state that may go where the datum is without
    // the other state's consent; none (try again next frame) when every one is busy or would need it.
    private AssetTasked? Task(SarIncident incident, DateTimeOffset now)
    {
        var datum = incident.Datum.Position;
        var waters = _context.WatersAt(datum).TerritorialSea;
        var nation = CoordinationCentres.Nation(incident.Coordinator);
        var busy = _incidents.Incidents.Where(i => i.Status == IncidentStatus.Open).SelectMany(i => i.Tasked.Keys).ToHashSet(StringComparer.Ordinal);
        var asset = _assets
            .Where(a => a.Nation == nation && RescueKinds.Contains(a.Kind) && !busy.Contains(a.Id))
            .Where(a => waters is not (Nations.UnitedKingdom or Nations.France) || waters == a.Nation)
            .OrderBy(a => Geodesic.DistanceMetres(a.Position, datum)).ThenBy(a => a.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        if (asset is null)
        {
            return null;
        }

        var etaMinutes = Geodesic.DistanceMetres(asset.Position, datum) / UnitConversions.KnotsToMetresPerSecond(asset.SpeedKnots) / 60;
        return incident.TaskAsset(asset, AssetTaskType.Rescue, waters, Math.Round(etaMinutes, 1), now, Officer(incident.Coordinator),
            "Rescue tasked (simulated watch officer in a replay).");
    }
}
