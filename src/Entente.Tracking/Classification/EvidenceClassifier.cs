using Entente.Core.Units;
using Entente.Tracking.Tracks;

namespace Entente.Tracking.Classification;

/// <summary>
/// Classes tracks from all they have seen. An MMSI makes a vessel with AIS. Otherwise the log-odds that the track is a
/// small boat rather than another vessel add up: echo strength (a Gaussian likelihood ratio on log₁₀ RCS per plot,
/// capped), speed (no small boat makes 13 kn), aerial sightings, beach-sensor events and distress reports. Above the
/// threshold it is a small boat; below, unknown.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class EvidenceClassifier : ITrackClassifier
{
    private const double RcsLogOddsCap = 8;
    private const int SightingsCounted = 3;

    /// <summary>Creates the classifier.</summary>
    /// <param name="options">Its settings; defaults when null.</param>
    public EvidenceClassifier(EvidenceClassifierOptions? options = null)
    {
        Options = options ?? new EvidenceClassifierOptions();
        Options.Validate();
    }

    /// <summary>The settings.</summary>
    public EvidenceClassifierOptions Options { get; }

    /// <inheritdoc />
    public void Classify(Track track, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(track);
        if (track.Mmsi is not null)
        {
            (track.Class, track.ClassConfidence) = (TrackClass.VesselWithAis, track.AisHits >= 3 ? 0.97 : 0.85);
            return;
        }

        var p = SmallBoatProbability(track);
        (track.Class, track.ClassConfidence) = p >= Options.SmallBoatThreshold ? (TrackClass.SmallBoat, p) : (TrackClass.Unknown, 1 - p);
    }

    /// <summary>The probability that a track without AIS is a small boat.</summary>
    /// <param name="track">The track.</param>
    /// <returns>Between 0 and 1.</returns>
    public double SmallBoatProbability(Track track)
    {
        ArgumentNullException.ThrowIfNull(track);
        var evidence = track.Evidence;
        var logOdds = 0.0;
        if (evidence.RcsWeight > 0)
        {
            // Equal spreads make the log likelihood ratio linear in log RCS, so the sum over plots is the ratio at their mean.
            var x = evidence.MeanLogRcs;
            var s2 = 2 * Options.LogRcsSpread * Options.LogRcsSpread;
            var perPlot = (Square(x - Options.VesselLogRcs) - Square(x - Options.SmallBoatLogRcs)) / s2;
            logOdds += Math.Clamp(perPlot * evidence.RcsWeight, -RcsLogOddsCap, RcsLogOddsCap);
        }

        logOdds += Options.AerialSightingLogOdds * Math.Min(evidence.AerialSightings, SightingsCounted);
        logOdds += Options.GroundOrReportLogOdds * Math.Min(evidence.GroundEvents + evidence.Reports, SightingsCounted);
        if (UnitConversions.MetresPerSecondToKnots(track.Estimate.SpeedMetresPerSecond) > Options.SmallBoatMaxSpeedKnots)
        {
            logOdds -= 2 * RcsLogOddsCap;
        }

        return 1 / (1 + Math.Exp(-logOdds));
    }

    private static double Square(double x) => x * x;
}
