using System.Globalization;
using Entente.Core.Detections;
using Entente.Core.Projection;
using Entente.Tracking.Detections;
using Entente.Tracking.Models;
using Entente.Tracking.Types;

namespace Entente.Benchmarks.Tracking;

/// <summary>
/// A synthetic picture for scaling: <see cref="Targets"/> targets moving at constant velocity (speed uniform in 0 to
/// 10 m/s, heading uniform) that start uniformly over a square of <see cref="AreaPerTargetSquareKilometres"/> per
/// target, so the density is the same at every count; one rotating radar at the square's centre that scans every 3 s,
/// sees each target with probability 0.9 per scan with a 25 m one-sigma position error on each axis (a
/// <see cref="PositionMeasurementModel"/>), and adds clutter uniformly over the square at a fixed density per scan. A
/// plot is timed by its azimuth within the scan, so a feeder with 1 s batches steps the tracker three times a scan,
/// a 120° sector each. Deterministic for a seed.
/// </summary>
/// <remarks>Targets keep straight on; over a minute they leave the square by at most 600 m, which the density hardly notices.</remarks>
public sealed class SyntheticRadarScenario
{
    /// <summary>Seconds per radar scan.</summary>
    public const double ScanSeconds = 3;

    /// <summary>Probability of detecting a target in one scan.</summary>
    public const double DetectionProbability = 0.9;

    /// <summary>One-sigma position error of a plot on each axis, metres.</summary>
    public const double SigmaMetres = 25;

    /// <summary>Square kilometres of the square per target.</summary>
    public const double AreaPerTargetSquareKilometres = 4;

    /// <summary>The fastest a target goes, m/s (about 19 kn).</summary>
    public const double MaxSpeedMetresPerSecond = 10;

    /// <summary>When the first scan starts.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);

    private readonly (double X, double Y, double Vx, double Vy)[] _targets;
    private readonly List<TrackerDetection[]> _scans = [];

    private SyntheticRadarScenario(int targets, double clutterPerSquareKilometre, int seed)
    {
        Targets = targets;
        ClutterPerSquareKilometre = clutterPerSquareKilometre;
        SideMetres = Math.Sqrt(targets * AreaPerTargetSquareKilometres) * 1000;
        Random = new Random(seed);
        _targets = new (double, double, double, double)[targets];
        for (var i = 0; i < targets; i++)
        {
            var speed = Random.NextDouble() * MaxSpeedMetresPerSecond;
            var heading = Random.NextDouble() * 2 * Math.PI;
            _targets[i] = (Uniform(), Uniform(), speed * Math.Sin(heading), speed * Math.Cos(heading));
        }
    }

    /// <summary>How many targets.</summary>
    public int Targets { get; }

    /// <summary>Clutter plots per square kilometre per scan.</summary>
    public double ClutterPerSquareKilometre { get; }

    /// <summary>The side of the square, metres (centred on the radar at 0, 0).</summary>
    public double SideMetres { get; }

    /// <summary>Each scan's plots, in time order.</summary>
    public IReadOnlyList<TrackerDetection[]> Scans => _scans;

    /// <summary>Plots from targets, over all scans.</summary>
    public long TargetPlots { get; private set; }

    /// <summary>Clutter plots, over all scans.</summary>
    public long ClutterPlots { get; private set; }

    private Random Random { get; }

    private IMeasurementModel Model { get; } = new PositionMeasurementModel(SigmaMetres);

    /// <summary>Makes the targets and the plots of the first <paramref name="scans"/> scans.</summary>
    /// <param name="targets">How many targets.</param>
    /// <param name="scans">How many scans.</param>
    /// <param name="clutterPerSquareKilometre">Clutter plots per square kilometre per scan.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The scenario.</returns>
    public static SyntheticRadarScenario Create(int targets, int scans, double clutterPerSquareKilometre = 1, int seed = 20261122)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targets);
        ArgumentOutOfRangeException.ThrowIfNegative(scans);
        ArgumentOutOfRangeException.ThrowIfNegative(clutterPerSquareKilometre);
        var scenario = new SyntheticRadarScenario(targets, clutterPerSquareKilometre, seed);
        for (var s = 0; s < scans; s++)
        {
            scenario._scans.Add(scenario.Scan(s));
        }

        return scenario;
    }

    /// <summary>The end of a scan (the start of the next).</summary>
    /// <param name="scan">The scan's index.</param>
    /// <returns>The instant.</returns>
    public static DateTimeOffset ScanEnd(int scan) => Start + TimeSpan.FromSeconds((scan + 1) * ScanSeconds);

    /// <summary>Where every target truly is at an instant.</summary>
    /// <param name="time">The instant.</param>
    /// <returns>One point per target.</returns>
    public ProjectedPoint[] TruthAt(DateTimeOffset time)
    {
        var t = (time - Start).TotalSeconds;
        return [.. _targets.Select(p => new ProjectedPoint(p.X + (p.Vx * t), p.Y + (p.Vy * t)))];
    }

    /// <summary>A one-line summary.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Targets} targets over {SideMetres / 1000:F1} km square, {Scans.Count} scans: {TargetPlots} target plots, {ClutterPlots} clutter plots " +
        $"({(TargetPlots + ClutterPlots) / (double)Math.Max(1, Scans.Count):F0} per scan)");

    private TrackerDetection[] Scan(int scan)
    {
        var start = Start + TimeSpan.FromSeconds(scan * ScanSeconds);
        var plots = new List<(double Offset, TrackerDetection Plot)>();
        foreach (var (x0, y0, vx, vy) in _targets)
        {
            // The beam reaches the target's bearing at this offset into the scan (where it is at the scan's start is
            // near enough for the bearing: it moves 30 m a scan at most).
            var offset = Azimuth(x0 + (vx * (start - Start).TotalSeconds), y0 + (vy * (start - Start).TotalSeconds)) * ScanSeconds;
            var detected = Random.NextDouble() < DetectionProbability;
            var (nx, ny) = (Gaussian() * SigmaMetres, Gaussian() * SigmaMetres);
            if (!detected)
            {
                continue;
            }

            var t = (start - Start).TotalSeconds + offset;
            plots.Add((offset, Plot(start, offset, x0 + (vx * t) + nx, y0 + (vy * t) + ny)));
            TargetPlots++;
        }

        var clutter = (int)Math.Round(ClutterPerSquareKilometre * SideMetres * SideMetres / 1e6);
        for (var c = 0; c < clutter; c++)
        {
            var (x, y) = (Uniform(), Uniform());
            var offset = Azimuth(x, y) * ScanSeconds;
            plots.Add((offset, Plot(start, offset, x, y)));
            ClutterPlots++;
        }

        plots.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return [.. plots.Select(p => p.Plot)];
    }

    private TrackerDetection Plot(DateTimeOffset scanStart, double offsetSeconds, double x, double y) =>
        new(scanStart + TimeSpan.FromSeconds(offsetSeconds), "radar-synthetic", DetectionKind.Radar, Matrix.Column(x, y), Model,
            new ProjectedPoint(x, y), SigmaMetres);

    // The fraction of a turn from north, clockwise, at which the beam points at (x, y) from the radar at the origin.
    private static double Azimuth(double x, double y)
    {
        var turn = Math.Atan2(x, y) / (2 * Math.PI);
        return turn < 0 ? turn + 1 : turn;
    }

    private double Uniform() => (Random.NextDouble() - 0.5) * SideMetres;

    private double Gaussian()
    {
        // Box–Muller; 1 - u keeps the logarithm finite.
        var u = 1 - Random.NextDouble();
        var v = Random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }
}
