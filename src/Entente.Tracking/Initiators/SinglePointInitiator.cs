using Entente.Tracking.Detections;
using Entente.Tracking.Tracks;
using Entente.Tracking.Types;

namespace Entente.Tracking.Initiators;

/// <summary>Confirms every track at once: for sources that never raise false alarms (a replay of known positions, a
/// test), and to see what confirmation logic buys. Starts estimates as <see cref="MOfNInitiator"/> does.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class SinglePointInitiator : IInitiator
{
    private readonly MOfNInitiator _starter;

    /// <summary>Creates the initiator.</summary>
    /// <param name="options">The starting-estimate settings (<see cref="MOfNInitiatorOptions.InitialSpeedSigmaMetresPerSecond"/>); defaults when null.</param>
    public SinglePointInitiator(MOfNInitiatorOptions? options = null) => _starter = new MOfNInitiator(options);

    /// <inheritdoc />
    public GaussianState Start(TrackerDetection detection) => _starter.Start(detection);

    /// <inheritdoc />
    public bool Confirms(Track track) => true;

    /// <inheritdoc />
    public bool HasExpired(Track track, DateTimeOffset time) => false;
}
