using Entente.Statistics.Operational;

namespace Entente.Server.Apis;

/// <summary>A period of nights as <see cref="OperationalPeriod"/> gives it, durations in seconds (docs/api.md).</summary>
/// <param name="FirstNight">The first night (its evening's date).</param>
/// <param name="LastNight">The last night, inclusive.</param>
/// <param name="LaunchesDetected">Launch alerts not resolved as false alarms or duplicates.</param>
/// <param name="LaunchesByBeach">Launches detected by beach id.</param>
/// <param name="BoatsAtSea">Launches detected plus boats first detected at sea.</param>
/// <param name="BoatsLanded">Boats landed.</param>
/// <param name="BoatsPrevented">Launches prevented on the beach.</param>
/// <param name="BoatsIntercepted">Boats intercepted.</param>
/// <param name="BoatsRescued">Boats rescued.</param>
/// <param name="PeopleAtSea">People aboard the boats at sea.</param>
/// <param name="PeopleLanded">People landed.</param>
/// <param name="PeoplePrevented">People prevented.</param>
/// <param name="PeopleIntercepted">People intercepted.</param>
/// <param name="PeopleRescued">People rescued.</param>
/// <param name="PeopleMissing">People missing on incidents.</param>
/// <param name="IncidentsOpened">Incidents opened.</param>
/// <param name="IncidentsClosed">Incidents closed.</param>
/// <param name="HandoversOffered">Handovers offered.</param>
/// <param name="HandoversAccepted">Handovers accepted.</param>
/// <param name="HandoversDeclined">Handovers declined.</param>
/// <param name="LaunchToFirstDetection">From a launch to its first detection.</param>
/// <param name="AlertToAcknowledgement">From an alert raised to its first acknowledgement.</param>
/// <param name="DistressToFirstTasking">From an incident's first distress report to its first tasking.</param>
public sealed record OperationalPeriodResponse(DateOnly FirstNight, DateOnly LastNight, int LaunchesDetected, IReadOnlyDictionary<string, int> LaunchesByBeach,
    int BoatsAtSea, int BoatsLanded, int BoatsPrevented, int BoatsIntercepted, int BoatsRescued, int PeopleAtSea, int PeopleLanded, int PeoplePrevented,
    int PeopleIntercepted, int PeopleRescued, int PeopleMissing, int IncidentsOpened, int IncidentsClosed, int HandoversOffered, int HandoversAccepted,
    int HandoversDeclined, DurationSummaryResponse LaunchToFirstDetection, DurationSummaryResponse AlertToAcknowledgement,
    DurationSummaryResponse DistressToFirstTasking)
{
    /// <summary>The response for a period.</summary>
    /// <param name="p">The period.</param>
    /// <returns>The response.</returns>
    public static OperationalPeriodResponse From(OperationalPeriod p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.FirstNight, p.LastNight, p.LaunchesDetected, p.LaunchesByBeach, p.BoatsAtSea, p.BoatsLanded, p.BoatsPrevented, p.BoatsIntercepted,
            p.BoatsRescued, p.PeopleAtSea, p.PeopleLanded, p.PeoplePrevented, p.PeopleIntercepted, p.PeopleRescued, p.PeopleMissing, p.IncidentsOpened,
            p.IncidentsClosed, p.HandoversOffered, p.HandoversAccepted, p.HandoversDeclined, DurationSummaryResponse.From(p.LaunchToFirstDetection),
            DurationSummaryResponse.From(p.AlertToAcknowledgement), DurationSummaryResponse.From(p.DistressToFirstTasking));
    }
}
