using Entente.Tracking.Detections;
using Entente.Tracking.Tracks;
using Entente.Tracking.Types;

namespace Entente.Tracking.Initiators;

/// <summary>
/// M-of-N confirmation: a tentative track is confirmed once it has M detections within N seconds of its start and is
/// no faster than a ship can be, or once AIS has vouched for it. A first estimate takes the detection's position with
/// its error (rotated along the radar's line of sight when it has one) and a wide, zero-mean velocity; a detection that
/// measures the whole state (AIS: position and velocity) starts with that state and its noise.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class MOfNInitiator : IInitiator
{
    /// <summary>Creates the initiator.</summary>
    /// <param name="options">Its settings; defaults when null.</param>
    public MOfNInitiator(MOfNInitiatorOptions? options = null)
    {
        Options = options ?? new MOfNInitiatorOptions();
        Options.Validate();
    }

    /// <summary>The settings.</summary>
    public MOfNInitiatorOptions Options { get; }

    /// <inheritdoc />
    public GaussianState Start(TrackerDetection detection)
    {
        ArgumentNullException.ThrowIfNull(detection);
        if (detection.Model.Dimensions == 4)
        {
            return new GaussianState(detection.Measurement, detection.Model.Noise, detection.Time);
        }

        var p = detection.Position;
        var v = Options.InitialSpeedSigmaMetresPerSecond * Options.InitialSpeedSigmaMetresPerSecond;
        var position = detection.PositionCovariance;
        var (xx, xy, yy) = position is null
            ? (detection.SigmaMetres * detection.SigmaMetres, 0.0, detection.SigmaMetres * detection.SigmaMetres)
            : (position[0, 0], position[0, 1], position[1, 1]);
        var covariance = Matrix.From(new double[,] { { xx, 0, xy, 0 }, { 0, v, 0, 0 }, { xy, 0, yy, 0 }, { 0, 0, 0, v } });
        return new GaussianState(Matrix.Column(p.EastingMetres, 0, p.NorthingMetres, 0), covariance, detection.Time);
    }

    /// <inheritdoc />
    public bool Confirms(Track track)
    {
        ArgumentNullException.ThrowIfNull(track);
        return track.AisHits >= Options.AisConfirmationReports ||
            (track.Hits >= Options.ConfirmationHits && track.LastUpdate - track.Started <= Options.ConfirmationWindow &&
             track.Estimate.SpeedMetresPerSecond <= Options.MaxSpeedMetresPerSecond);
    }

    /// <inheritdoc />
    public bool HasExpired(Track track, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(track);
        return track.AisHits == 0 && time - track.Started > Options.ConfirmationWindow;
    }
}
