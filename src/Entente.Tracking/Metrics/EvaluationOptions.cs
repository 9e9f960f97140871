namespace Entente.Tracking.Metrics;

/// <summary>The settings of <see cref="TrackingEvaluator"/>; the defaults are those of docs/formats/tracks.md.</summary>
/// <remarks>Each setting is checked when it is set. α is fixed at 2, the value that makes GOSPA decompose into
/// localisation, missed and false terms. This type is immutable and thread-safe.</remarks>
public sealed record EvaluationOptions
{
    /// <summary>The cut-off c, metres: a track farther than this from a truth is not paired with it. Positive; default 500.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a positive finite number.</exception>
    public double CutoffMetres
    {
        get;
        init => field = double.IsFinite(value) && value > 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(CutoffMetres), value, "The cut-off must be a positive number of metres.");
    } = 500;

    /// <summary>The GOSPA order p, at least 1; default 2.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1 or not finite.</exception>
    public double Order
    {
        get;
        init => field = double.IsFinite(value) && value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Order), value, "The order must be at least 1.");
    } = 2;

    /// <summary>
    /// A truth is in coverage at a frame only if sensors detected it at least <see cref="CoverageMinDetections"/> times
    /// within this long before the frame (when detections are given at all). Positive; default 60 s.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Not positive.</exception>
    public TimeSpan CoverageWindow
    {
        get;
        init => field = value > TimeSpan.Zero
            ? value
            : throw new ArgumentOutOfRangeException(nameof(CoverageWindow), value, "The coverage window must be positive.");
    } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How many detections within <see cref="CoverageWindow"/> put a truth in coverage; default 6: with two radars
    /// scanning every 3 s (40 looks a minute) that is a target seen on one look in seven, below which no tracker can hold
    /// it. At least 1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1.</exception>
    public int CoverageMinDetections
    {
        get;
        init => field = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(CoverageMinDetections), value, "At least one detection must put a truth in coverage.");
    } = 6;
}
