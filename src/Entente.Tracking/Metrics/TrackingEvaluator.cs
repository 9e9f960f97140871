using Entente.Core.Projection;
using Entente.Tracking.Output;
using Entente.Tracking.Tracks;

namespace Entente.Tracking.Metrics;

/// <summary>
/// Scores a tracker's output against ground truth over a run, frame by frame: GOSPA (α = 2) with its decomposition and
/// the SIAP measures, overall and per <see cref="TruthClass"/>. One instance per run; feed it radar detections of the
/// truths (<see cref="AddDetection"/>) and frames (<see cref="AddFrame"/>) in time order, then read <see cref="Result"/>.
/// </summary>
/// <remarks>
/// <para>
/// In each frame, truths in coverage are paired with scored tracks (confirmed or coasting; tentative tracks are not
/// shown to operators, so they are neither credited nor penalised) by the GOSPA assignment in the one Channel projection:
/// pairs at or beyond the cut-off are left unassigned. A truth is in coverage when at least
/// <see cref="EvaluationOptions.CoverageMinDetections"/> detections of it came within
/// <see cref="EvaluationOptions.CoverageWindow"/> before the frame; when no detection is ever added, every truth is. Truths
/// out of coverage are "don't care": a track paired with one is neither credited nor false.
/// </para>
/// <para>
/// Durations are samples times the frame interval, taken from the first and last frames as if frames were equally
/// spaced. Mutable and not thread-safe; memory grows with the number of distinct truths and track ids, not with frames.
/// </para>
/// </remarks>
public sealed class TrackingEvaluator
{
    private readonly Dictionary<string, DetectionTimes> _detections = new(StringComparer.Ordinal);
    private EvaluationState _state;

    // Until the first detection, frames are also scored as if no truth were in coverage: that is what they were if a
    // detection comes later (none preceded them), and scoring a frame with no truths costs only a pass over its tracks.
    private EvaluationState? _stateIfDetectionsCome;
    private DateTimeOffset? _lastFrame;
    private DateTimeOffset? _latestDetection;

    /// <summary>Creates an evaluator with the default settings (c = 500 m, p = 2, coverage window 60 s).</summary>
    public TrackingEvaluator()
        : this(new EvaluationOptions())
    {
    }

    /// <summary>Creates an evaluator.</summary>
    /// <param name="options">The settings.</param>
    public TrackingEvaluator(EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _state = new EvaluationState(options.CutoffMetres, options.Order);
        _stateIfDetectionsCome = new EvaluationState(options.CutoffMetres, options.Order);
    }

    /// <summary>The settings.</summary>
    public EvaluationOptions Options { get; }

    /// <summary>Records a radar plot of a truth: it puts the truth in coverage and starts its latency.</summary>
    /// <param name="truthId">The truth the plot came from.</param>
    /// <param name="time">When it was observed; at or after the last frame added, or it cannot count for that frame.</param>
    /// <exception cref="ArgumentException">The id is blank.</exception>
    public void AddDetection(string truthId, DateTimeOffset time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(truthId);
        if (_stateIfDetectionsCome is { } withDetections)
        {
            _state = withDetections;
            _stateIfDetectionsCome = null;
        }

        if (!_detections.TryGetValue(truthId, out var times))
        {
            times = new DetectionTimes(Options.CoverageMinDetections);
            _detections.Add(truthId, times);
        }

        times.Add(time);
        _latestDetection = _latestDetection is { } latest ? Max(latest, time) : time;
    }

    /// <summary>Scores one frame.</summary>
    /// <param name="time">The frame's time; later than the previous frame and not earlier than any detection added.</param>
    /// <param name="truths">Every truth at that time, each id once; those out of coverage are ignored.</param>
    /// <param name="tracks">Every track reported at that time, each id once; only confirmed and coasting ones are scored.</param>
    /// <exception cref="ArgumentNullException">A list or an element is null.</exception>
    /// <exception cref="ArgumentException">The time is out of order, or an id appears twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A position is outside the Channel projection's domain.</exception>
    public void AddFrame(DateTimeOffset time, IReadOnlyList<TruthPoint> truths, IReadOnlyList<TrackReport> tracks)
    {
        ArgumentNullException.ThrowIfNull(truths);
        ArgumentNullException.ThrowIfNull(tracks);
        if (time <= _lastFrame)
        {
            throw new ArgumentException("Frames must be added in time order, each later than the one before.", nameof(time));
        }

        if (time < _latestDetection)
        {
            throw new ArgumentException("A frame cannot be earlier than a detection already added: add both in time order.", nameof(time));
        }

        RequireUnique(truths.Select(t => t?.Id), nameof(truths));
        RequireUnique(tracks.Select(t => t?.Id), nameof(tracks));

        var covered = truths.Select(t => _stateIfDetectionsCome is not null || InCoverage(t.Id, time)).ToList();
        var scored = tracks.Where(t => t.Status is TrackStatus.Confirmed or TrackStatus.Coasting).ToList();

        // Projected before anything is recorded, so that a position out of the domain leaves the evaluator unchanged.
        var truthPoints = truths.Select(t => ChannelProjection.Project(t.Position)).ToList();
        var trackPoints = scored.Select(t => ChannelProjection.Project(t.Position)).ToList();
        _state.Score(time, truths, covered, truthPoints, scored, trackPoints);
        _stateIfDetectionsCome?.Score(time, truths, [.. truths.Select(_ => false)], truthPoints, scored, trackPoints);
        _lastFrame = time;
    }

    /// <summary>The scores of the frames added so far.</summary>
    /// <returns>The evaluation; every truth class is present, with nulls where a ratio has nothing to divide by.</returns>
    public TrackingEvaluation Result()
    {
        var state = _state;
        var interval = state.FrameCount >= 2 ? (state.LastFrame - state.FirstFrame) / (state.FrameCount - 1) : TimeSpan.Zero;
        var coverageFromDetections = _stateIfDetectionsCome is null;
        DateTimeOffset LatencyStart(string id, TruthHistory history) =>
            coverageFromDetections && _detections.TryGetValue(id, out var times) ? times.CoverageStart ?? times.First : history.FirstSeen;

        var histories = state.Truths.Select(p => (History: p.Value, Start: LatencyStart(p.Key, p.Value))).ToList();
        return new TrackingEvaluation
        {
            Options = Options,
            FrameCount = state.FrameCount,
            FrameInterval = interval,
            CoverageFromDetections = coverageFromDetections,
            Overall = EvaluationSummary.Scores(state.Overall, histories, state.FrameCount, interval),
            ByClass = Enum.GetValues<TruthClass>().ToDictionary(
                k => k,
                k => EvaluationSummary.Scores(state.ByClass[(int)k], [.. histories.Where(h => h.History.Class == k)], state.FrameCount, interval)),
            SpuriousTrackTimeFraction = EvaluationSummary.SpuriousTrackTimeFraction(state.Tracks.Values),
        };
    }

    private bool InCoverage(string truthId, DateTimeOffset time)
    {
        if (!_detections.TryGetValue(truthId, out var times) || times.Oldest is not { } oldest || time - oldest > Options.CoverageWindow)
        {
            return false;
        }

        times.CoverageStart ??= oldest;
        return true;
    }

    private static void RequireUnique<T>(IEnumerable<T?> ids, string parameter)
    {
        var seen = new HashSet<T>();
        foreach (var id in ids)
        {
            if (id is null)
            {
                throw new ArgumentNullException(parameter, "A frame cannot hold a null element.");
            }

            if (!seen.Add(id))
            {
                throw new ArgumentException($"Id {id} appears twice in one frame.", parameter);
            }
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
