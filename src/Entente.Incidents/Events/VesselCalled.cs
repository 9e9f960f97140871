using Entente.Core.Identifiers;
using Entente.Incidents.Centres;

namespace Entente.Incidents.Events;

/// <summary>A vessel was called directly to assist.</summary>
public sealed record VesselCalled : IncidentEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who.</param>
    /// <param name="reason">Why, in one sentence.</param>
    /// <param name="coordinator">The centre coordinating the incident after this event.</param>
    /// <param name="mmsi">The vessel's MMSI.</param>
    /// <param name="vesselName">Its name, when known.</param>
    public VesselCalled(IncidentId incident, DateTimeOffset time, Actor actor, string reason, CoordinationCentre coordinator, int mmsi, string? vesselName)
        : base(incident, time, actor, reason, coordinator)
    {
        Mmsi = mmsi;
        VesselName = vesselName;
    }

    /// <inheritdoc />
    public override string Type => "vessel-called";

    /// <summary>The vessel's MMSI.</summary>
    public int Mmsi { get; }

    /// <summary>Its name, when known.</summary>
    public string? VesselName { get; }
}
