using Entente.Core.Identifiers;
using Entente.Core.Sharing;
using Entente.Incidents.Assets;
using Entente.Incidents.Centres;

namespace Entente.Incidents.Events;

/// <summary>The coordinating centre tasked an asset.</summary>
public sealed record AssetTasked : IncidentEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="time">When.</param>
    /// <param name="actor">Who.</param>
    /// <param name="reason">Why, in one sentence.</param>
    /// <param name="coordinator">The centre coordinating the incident after this event.</param>
    /// <param name="assetId">The asset.</param>
    /// <param name="assetName">Its name.</param>
    /// <param name="assetNation">The state it belongs to.</param>
    /// <param name="task">What it is to do.</param>
    /// <param name="destinationWaters">Whose territorial waters the datum is in (none on the high seas).</param>
    /// <param name="etaMinutes">Estimated time to the datum, minutes.</param>
    public AssetTasked(IncidentId incident, DateTimeOffset time, Actor actor, string reason, CoordinationCentre coordinator, string assetId, string assetName, Nations assetNation, AssetTaskType task, Nations destinationWaters, double etaMinutes)
        : base(incident, time, actor, reason, coordinator)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assetId);
        AssetId = assetId;
        ArgumentException.ThrowIfNullOrWhiteSpace(assetName);
        AssetName = assetName;
        AssetNation = assetNation;
        Task = task;
        DestinationWaters = destinationWaters;
        EtaMinutes = etaMinutes;
    }

    /// <inheritdoc />
    public override string Type => "asset-tasked";

    /// <summary>The asset.</summary>
    public string AssetId { get; }

    /// <summary>Its name.</summary>
    public string AssetName { get; }

    /// <summary>The state it belongs to.</summary>
    public Nations AssetNation { get; }

    /// <summary>What it is to do.</summary>
    public AssetTaskType Task { get; }

    /// <summary>Whose territorial waters the datum is in (none on the high seas).</summary>
    public Nations DestinationWaters { get; }

    /// <summary>Estimated time to the datum, minutes.</summary>
    public double EtaMinutes { get; }
}
