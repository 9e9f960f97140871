using Entente.Core.Identifiers;
using Entente.Incidents.Centres;

namespace Entente.Incidents.Events;

/// <summary>A called vessel answered.</summary>
public sealed record VesselAnswered : IncidentEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who.</param>
    /// <param name="reason">Why, in one sentence.</param>
    /// <param name="coordinator">The centre coordinating the incident after this event.</param>
    /// <param name="mmsi">The vessel's MMSI.</param>
    /// <param name="answer">What it said, e.g. "proceeding, ETA 25 min".</param>
    public VesselAnswered(IncidentId incident, DateTimeOffset time, Actor actor, string reason, CoordinationCentre coordinator, int mmsi, string answer)
        : base(incident, time, actor, reason, coordinator)
    {
        Mmsi = mmsi;
        ArgumentException.ThrowIfNullOrWhiteSpace(answer);
        Answer = answer;
    }

    /// <inheritdoc />
    public override string Type => "vessel-answered";

    /// <summary>The vessel's MMSI.</summary>
    public int Mmsi { get; }

    /// <summary>What it said, e.g. "proceeding, ETA 25 min".</summary>
    public string Answer { get; }
}
