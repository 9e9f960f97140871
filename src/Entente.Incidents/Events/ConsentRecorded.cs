using Entente.Core.Identifiers;
using Entente.Core.Sharing;
using Entente.Incidents.Centres;

namespace Entente.Incidents.Events;

/// <summary>A state consented to the other state's asset operating in its waters for this incident.</summary>
public sealed record ConsentRecorded : IncidentEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who.</param>
    /// <param name="reason">Why, in one sentence.</param>
    /// <param name="coordinator">The centre coordinating the incident after this event.</param>
    /// <param name="grantingState">The state that consented.</param>
    /// <param name="assetId">The asset the consent covers.</param>
    public ConsentRecorded(IncidentId incident, DateTimeOffset time, Actor actor, string reason, CoordinationCentre coordinator, Nations grantingState, string assetId)
        : base(incident, time, actor, reason, coordinator)
    {
        GrantingState = grantingState;
        ArgumentException.ThrowIfNullOrWhiteSpace(assetId);
        AssetId = assetId;
    }

    /// <inheritdoc />
    public override string Type => "consent-recorded";

    /// <summary>The state that consented.</summary>
    public Nations GrantingState { get; }

    /// <summary>The asset the consent covers.</summary>
    public string AssetId { get; }
}
