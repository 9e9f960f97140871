using Entente.Core.Detections;
using Entente.Tracking.Detections;

namespace Entente.Tracking.Tracks;

/// <summary>
/// What a track has seen that says what it is: echo strength, who else has seen it, and whether AIS has spoken for it.
/// Echo strength is kept as a running mean of log₁₀ RCS that forgets slowly, so that a few plots stolen from a passing
/// ship do not brand a small boat for ever.
/// </summary>
/// <remarks>Mutable; owned by its track.</remarks>
public sealed class TrackEvidence
{
    // Weight kept per plot: about the last 30 plots count (90 s of one radar).
    private const double Forgetting = 1 - (1.0 / 30);

    /// <summary>Effective number of RCS plots behind <see cref="MeanLogRcs"/>.</summary>
    public double RcsWeight { get; private set; }

    /// <summary>Weighted mean of log₁₀ of the RCS estimates, log₁₀ m².</summary>
    public double MeanLogRcs { get; private set; }

    /// <summary>Aerial sightings that updated the track.</summary>
    public int AerialSightings { get; private set; }

    /// <summary>Ground (beach) sensor events that updated the track.</summary>
    public int GroundEvents { get; private set; }

    /// <summary>Distress reports that updated the track (reports of outcomes are not counted).</summary>
    public int Reports { get; private set; }

    /// <summary>Radar plots that updated the track.</summary>
    public int RadarPlots { get; private set; }

    /// <summary>Takes in what a detection says about the object.</summary>
    /// <param name="detection">A detection assigned to the track.</param>
    public void Observe(TrackerDetection detection)
    {
        ArgumentNullException.ThrowIfNull(detection);
        switch (detection.Kind)
        {
            case DetectionKind.Radar:
                RadarPlots++;
                break;
            case DetectionKind.Aerial:
                AerialSightings++;
                break;
            case DetectionKind.Ground:
                GroundEvents++;
                break;
            // A report of an outcome (people taken aboard, a landing) is not a call from the boat.
            case DetectionKind.Report when !detection.IsOutcomeReport:
                Reports++;
                break;
            default:
                break;
        }

        if (detection.RcsSquareMetres is { } rcs && rcs > 0)
        {
            var weight = (RcsWeight * Forgetting) + 1;
            MeanLogRcs += (Math.Log10(rcs) - MeanLogRcs) / weight;
            RcsWeight = weight;
        }
    }
}
