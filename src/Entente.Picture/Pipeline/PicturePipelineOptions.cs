using Entente.Incidents.Coordination;
using Entente.Incidents.Outcomes;
using Entente.Picture.WatchFloor;
using Entente.Rules.Alerts;
using Entente.Rules.Environment;
using Entente.Tracking.Pipeline;

namespace Entente.Picture.Pipeline;

/// <summary>How the picture's pipeline is put together: the tracker, the frame interval, the assumed current, and the
/// alert and incident settings. The defaults are the standard pipeline.</summary>
public sealed record PicturePipelineOptions
{
    /// <summary>The tracker; the standard one by default.</summary>
    public TrackingPipelineOptions Tracking { get; init; } = new();

    /// <summary>Time between frames; 10 s by default.</summary>
    public TimeSpan FrameInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The assumed surface current (a tidal prediction); still water when null.</summary>
    public ISeaCurrent? Current { get; init; }

    /// <summary>Alert acknowledgement times.</summary>
    public AlertBookOptions Alerts { get; init; } = new();

    /// <summary>Incident settings.</summary>
    public IncidentCoordinatorOptions Incidents { get; init; } = new();

    /// <summary>How outcome reports are tied to places, tracks and incidents.</summary>
    public OutcomeRecorderOptions Outcomes { get; init; } = new();

    /// <summary>Simulated watch officers for replays of recordings (acknowledging alerts, tasking assets); none by
    /// default, and never live.</summary>
    public SimulatedWatchFloorOptions WatchFloor { get; init; } = new();

    /// <summary>The first alert number to give (after those already stored); 1 by default.</summary>
    public long FirstAlertNumber { get; init; } = 1;

    /// <summary>The first incident number to give (after those already stored); 1 by default.</summary>
    public long FirstIncidentNumber { get; init; } = 1;

    /// <summary>The first outcome report number to give (after those already stored); 1 by default.</summary>
    public long FirstOutcomeNumber { get; init; } = 1;
}
