using Entente.Incidents.Incidents;
using Entente.Rules.Alerts;
using Entente.Server.Apis;

namespace Entente.Server.Picture;

/// <summary>Counts the night so far from the picture's own records: alerts raised since the night started, the
/// incidents, and the tracks live now.</summary>
internal static class NightTally
{
    public static NightResponse Of(DateTimeOffset? time, DateTimeOffset? nightStart, IReadOnlyList<TrackResponse> tracks, IReadOnlyList<Alert> alerts,
        IReadOnlyList<SarIncident> incidents)
    {
        int launches = 0, landed = 0, peopleLandedByAlert = 0, alertsOpen = 0;
        foreach (var alert in alerts)
        {
            alertsOpen += alert.Status == AlertStatus.Resolved ? 0 : 1;
            if (nightStart is { } start && alert.RaisedAt < start)
            {
                // Restored from before a restart: still open, but not this night's count.
                continue;
            }

            launches += alert.Type == AlertType.Launch ? 1 : 0;
            if (alert.Type == AlertType.Landing)
            {
                landed++;
                peopleLandedByAlert += alert.People ?? 0;
            }
        }

        int vesselAis = 0, smallBoats = 0, unknown = 0, boatsAtSea = 0, peopleAtSea = 0;
        foreach (var track in tracks)
        {
            switch (track.Class)
            {
                case "vessel-ais":
                    vesselAis++;
                    break;
                case "small-boat":
                    smallBoats++;
                    // A tentative track is not yet a boat: clutter near harbours starts many and confirms few.
                    if (track.Status != "tentative")
                    {
                        boatsAtSea++;
                        peopleAtSea += track.People ?? 0;
                    }

                    break;
                default:
                    unknown++;
                    break;
            }
        }

        int open = 0, closed = 0, rescued = 0, peopleRescued = 0, peopleLandedByIncident = 0;
        foreach (var incident in incidents)
        {
            if (incident.Status == IncidentStatus.Open)
            {
                open++;
            }
            else
            {
                closed++;
                rescued += incident.People.Rescued > 0 ? 1 : 0;
            }

            peopleRescued += incident.People.Rescued;
            peopleLandedByIncident += incident.People.Landed;
        }

        return new NightResponse(time, nightStart, launches, boatsAtSea, landed, rescued, peopleAtSea, peopleLandedByAlert + peopleLandedByIncident,
            peopleRescued, alertsOpen, open, closed, new TrackCounts(vesselAis, smallBoats, unknown));
    }
}
