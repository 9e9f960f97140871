using Entente.Core.Projection;
using Entente.Core.Units;
using Entente.Tracking.Predictors;
using Entente.Tracking.Tracks;

namespace Entente.Tracking.Output;

/// <summary>A track as the picture shows it at an instant: its estimate carried to that instant, turned back into WGS84
/// with speed and course over ground (grid course plus the meridian convergence there).</summary>
public static class TrackSnapshot
{
    /// <summary>The report of a live track at a time.</summary>
    /// <param name="track">The track; not deleted.</param>
    /// <param name="predictor">The tracker's predictor, to carry the estimate and its error to the time.</param>
    /// <param name="time">The instant.</param>
    /// <returns>The report.</returns>
    public static TrackReport Report(Track track, IPredictor predictor, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(track);
        ArgumentNullException.ThrowIfNull(predictor);
        var state = predictor.Predict(track.State, time).Gaussian;
        var position = ChannelProjection.Unproject(new ProjectedPoint(state.EastingMetres, state.NorthingMetres));
        var gridCourse = UnitConversions.RadiansToDegrees(Math.Atan2(state.Mean[1, 0], state.Mean[3, 0]));
        var course = UnitConversions.NormaliseBearingDegrees(gridCourse + ChannelProjection.ConvergenceDegrees(position));
        return new TrackReport(track.Number, position, UnitConversions.MetresPerSecondToKnots(state.SpeedMetresPerSecond), course,
            state.PositionSigmaMetres, track.Class, track.ClassConfidence, track.Status, track.Mmsi, track.Name, track.People)
        {
            LastAisUpdate = track.LastAisUpdate,
            Provenance = track.Provenance,
        };
    }
}
