namespace Entente.Server.Apis;

/// <summary>The night so far, since the picture started: what the watch reports at handover.</summary>
/// <param name="Time">The picture's time.</param>
/// <param name="NightStart">The first frame of the picture.</param>
/// <param name="Launches">Small boats seen leaving a beach (launch alerts).</param>
/// <param name="BoatsAtSea">Small-boat tracks live now, confirmed or coasting (tentative ones are not yet boats).</param>
/// <param name="Landed">Small boats that reached the English shore (landing alerts).</param>
/// <param name="Rescued">Incidents closed on a rescue at sea.</param>
/// <param name="PeopleAtSea">People aboard those boats, where counted.</param>
/// <param name="PeopleLanded">People landed: counted on landing alerts and on incidents.</param>
/// <param name="PeopleRescued">People rescued, as counted on incidents.</param>
/// <param name="AlertsOpen">Alerts not yet resolved.</param>
/// <param name="IncidentsOpen">Incidents open.</param>
/// <param name="IncidentsClosed">Incidents closed.</param>
/// <param name="Tracks">Live tracks by class.</param>
public sealed record NightResponse(DateTimeOffset? Time, DateTimeOffset? NightStart, int Launches, int BoatsAtSea, int Landed, int Rescued,
    int PeopleAtSea, int PeopleLanded, int PeopleRescued, int AlertsOpen, int IncidentsOpen, int IncidentsClosed, TrackCounts Tracks);
