using System.Globalization;
using Entente.Core.Detections;
using Entente.Tracking.Detections;
using Entente.Tracking.Models;
using Entente.Tracking.Pipeline;
using Entente.Tracking.Predictors;
using Entente.Tracking.Types;
using Entente.Tracking.Updaters;

namespace Entente.Tracking.Tests.Filters;

public sealed class ImmFilterTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 22, 0, 0, TimeSpan.Zero);

    [Fact]
    public void CombinationAndMixing_MatchAHandWorkedTwoModeExample()
    {
        // Two one-dimensional modes: x = 0 (P = 1) with μ = 0.8, and x = 10 (P = 4) with μ = 0.2.
        var state = new ImmState([Scalar(0, 1), Scalar(10, 4)], [0.8, 0.2]);
        Assert.Equal(2, state.Gaussian.Mean[0, 0], 12);
        Assert.Equal((0.8 * (1 + 4)) + (0.2 * (4 + 64)), state.Gaussian.Covariance[0, 0], 12);

        // Sojourns chosen so that over 10 s mode 0 stays with probability 0.9 and mode 1 with 0.5 (up to their rounding
        // to whole ticks, hence the tolerances below); a model that stands still with no noise leaves the mixed
        // estimates as they are, so the prediction shows the mixing itself.
        var switching = new ModeSwitching([TimeSpan.FromSeconds(10 / Math.Log(10.0 / 9)), TimeSpan.FromSeconds(10 / Math.Log(2))]);
        var transition = switching.Transition(TimeSpan.FromSeconds(-10));
        Assert.Equal(0.1, transition[0, 1], 9);
        Assert.Equal(0.5, transition[1, 0], 9);
        var predicted = new ImmPredictor([new StandingStill(), new StandingStill()], switching).Predict(state, Start.AddSeconds(10));

        // Predicted mode probabilities: c₀ = 0.9·0.8 + 0.5·0.2 = 0.82, c₁ = 0.1·0.8 + 0.5·0.2 = 0.18.
        Assert.Equal(0.82, predicted.ModeProbabilities[0], 9);
        Assert.Equal(0.18, predicted.ModeProbabilities[1], 9);

        // Mode 0 mixes 0.72/0.82 = 36/41 of mode 0 with 5/41 of mode 1: x = 50/41,
        // P = 36/41·(1 + (50/41)²) + 5/41·(4 + (360/41)²) = 832136/68921.
        Assert.Equal(50.0 / 41, predicted.Modes[0].Mean[0, 0], tolerance: 1e-8);
        Assert.Equal(832136.0 / 68921, predicted.Modes[0].Covariance[0, 0], tolerance: 1e-7);

        // Mode 1 mixes 0.08/0.18 = 4/9 of mode 0 with 5/9 of mode 1: x = 50/9,
        // P = 4/9·(1 + (50/9)²) + 5/9·(4 + (40/9)²) = 19944/729.
        Assert.Equal(50.0 / 9, predicted.Modes[1].Mean[0, 0], tolerance: 1e-8);
        Assert.Equal(19944.0 / 729, predicted.Modes[1].Covariance[0, 0], tolerance: 1e-7);

        // Mixing moves no probability mass, so the combined mean is kept.
        Assert.Equal(2, predicted.Gaussian.Mean[0, 0], 9);
        Assert.Equal(Start.AddSeconds(10), predicted.Time);
    }

    [Fact]
    public void AnImmState_RefusesProbabilitiesThatAreNotADistribution()
    {
        Assert.Throws<ArgumentException>(() => new ImmState([Scalar(0, 1), Scalar(1, 1)], [0.8, 0.3]));
        Assert.Throws<ArgumentException>(() => new ImmState([Scalar(0, 1), Scalar(1, 1)], [1.0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ImmState([Scalar(0, 1), Scalar(1, 1)], [1.2, -0.2]));
        Assert.Throws<ArgumentException>(() => new ImmState([Scalar(0, 1), Scalar(1, 1) with { Time = Start.AddSeconds(1) }], [0.5, 0.5]));
        Assert.Throws<ArgumentException>(() => new ImmState([], []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ModeSwitching([TimeSpan.FromSeconds(30), TimeSpan.Zero]));
        var twoModes = new ModeSwitching([TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30)]);
        Assert.Throws<ArgumentException>(() => new ImmPredictor([new ConstantVelocityModel(1)], twoModes));
    }

    [Fact]
    public void WithIdenticalModes_TheImmIsTheKalmanFilter()
    {
        var model = new ConstantVelocityModel(0.3);
        var imm = new ImmPredictor([model, model], new ModeSwitching([TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(20)]));
        var kalman = new KalmanPredictor(model);
        var measurement = new PositionMeasurementModel(25);
        var random = new Random(3);
        var initial = new GaussianState(Matrix.Column(1000, 2, -500, 1), Matrix.Diagonal(625, 16, 625, 16), Start);
        IStateEstimate immState = imm.Begin(initial);
        GaussianState kalmanState = initial;
        var time = Start;
        for (var k = 0; k < 60; k++)
        {
            // Irregular intervals, one of them back in time as for a late detection.
            time = time.AddSeconds(k == 30 ? -4 : 1 + (5 * random.NextDouble()));
            var elapsedSeconds = (time - Start).TotalSeconds;
            var z = Matrix.Column(1000 + (2 * elapsedSeconds) + (25 * Gaussian(random)), -500 + elapsedSeconds + (25 * Gaussian(random)));
            var immUpdate = ImmUpdater.Update(imm.Predict(immState, time), z, measurement);
            var kalmanUpdate = KalmanUpdater.Update(kalman.Predict(kalmanState, time), z, measurement);
            immState = immUpdate.Posterior;
            kalmanState = kalmanUpdate.Posterior;
            Assert.Equal(kalmanUpdate.NormalisedInnovationSquared, immUpdate.NormalisedInnovationSquared, 9);
            Assert.Equal(KalmanUpdater.Deviance(kalmanUpdate, 2), immUpdate.Deviance, 9);
            foreach (var mode in ((ImmState)immState).Modes.Append(immState.Gaussian))
            {
                AssertClose(kalmanState.Mean, mode.Mean, 1e-9);
                AssertClose(kalmanState.Covariance, mode.Covariance, 1e-9);
            }
        }
    }

    [Fact]
    public void ABoatThatStopsDriftsAndRestarts_IsFollowedNearlyAsWellAsByTheBetterSingleModel_AndConsistentlyThroughTheChanges()
    {
        var runs = Seeds.Select(seed => SimulateStopDriftRestart(seed, cruiseMetresPerSecond: 3)).ToList();
        var report = Report(runs);
        var (imm, quiet, lively) = (Rms(runs, ImmFilter, Scored), Rms(runs, QuietFilter, Scored), Rms(runs, LivelyFilter, Scored));

        // Position error: close to the better single model, and well below the worse.
        Assert.True(imm <= 1.10 * Math.Min(quiet, lively), report);
        Assert.True(imm <= 0.80 * Math.Max(quiet, lively), report);

        // Consistency: through the changes the quiet filter is overconfident and the IMM is not; over the whole run
        // every filter is a little cautious, since the legs themselves are dead straight.
        Assert.True(MeanNees(runs, QuietFilter, AfterChange) > 6, report);
        Assert.True(MeanNees(runs, ImmFilter, AfterChange) is > 2 and < 5, report);
        Assert.True(MeanNees(runs, ImmFilter, Scored) < 4, report);

        // A change from 3 m/s to a drift is within what the quiet mode allows itself (about 1 m/s of velocity wander a
        // minute) and its lag stays under 20 m against 25 m plots, so the evidence for a manoeuvre is slight: the
        // manoeuvring mode rises well above its settled level after each change but seldom past one half. Once a
        // leg has settled, the quiet mode holds it.
        Assert.True(MeanPeakAfterChanges(runs) >= 2 * MeanSettledManoeuvreProbability(runs), report);
        Assert.All(runs, run => Assert.True(SettledQuietShare(run) >= 0.95, report));
    }

    [Fact]
    public void AFastBoatThatStopsAndRestarts_SwitchesToTheManoeuvringModeWithinThirtySeconds_AndBeatsBothSingleModels()
    {
        var runs = Seeds.Select(seed => SimulateStopDriftRestart(seed, cruiseMetresPerSecond: 8)).ToList();
        var report = Report(runs);
        var (imm, quiet, lively) = (Rms(runs, ImmFilter, Scored), Rms(runs, QuietFilter, Scored), Rms(runs, LivelyFilter, Scored));
        Assert.True(imm <= Math.Min(quiet, lively), report);
        Assert.True(imm <= 0.80 * Math.Max(quiet, lively), report);
        Assert.True(MeanNees(runs, ImmFilter, AfterChange) < 0.5 * MeanNees(runs, QuietFilter, AfterChange), report);
        Assert.All(runs, run =>
        {
            Assert.True(SecondsToManoeuvre(run, LegSeconds) is not null, report);
            Assert.True(SecondsToManoeuvre(run, 2 * LegSeconds) is not null, report);
            Assert.True(SettledQuietShare(run) >= 0.95, report);
        });
    }

    [Fact]
    public void RetrodictingAndPredictingBack_ReturnsToTheOriginalMean()
    {
        var predictor = ImmPredictor.FromOptions(new ImmMotionOptions());
        var quiet = new GaussianState(Matrix.Column(1000, 3, 2000, -1), Matrix.Diagonal(400, 0.5, 400, 0.5), Start);
        var manoeuvring = new GaussianState(Matrix.Column(1040, 0.5, 1980, 0.2), Matrix.Diagonal(900, 4, 900, 4), Start);
        var original = new ImmState([quiet, manoeuvring], [0.7, 0.3]);

        var back = predictor.Predict(original, Start.AddSeconds(-45));
        var there = predictor.Predict(back, Start);

        // Back in time the mean moves against the velocity, and the uncertainty grows, as it does forward.
        Assert.Equal(original.Gaussian.Mean[0, 0] - (45 * original.Gaussian.Mean[1, 0]), back.Gaussian.Mean[0, 0], 6);
        Assert.True(back.Gaussian.PositionSigmaMetres > original.Gaussian.PositionSigmaMetres);
        AssertClose(original.Gaussian.Mean, there.Gaussian.Mean, 1e-6);
        Assert.Equal(Start, there.Time);
        Assert.Equal(1, there.ModeProbabilities.Sum(), 12);

        // Each mode's mean comes back near where it was: mixing pulls it towards the others by its small switch weight.
        for (var j = 0; j < 2; j++)
        {
            var spread = Math.Abs(quiet.Mean[0, 0] - manoeuvring.Mean[0, 0]);
            Assert.InRange(there.Modes[j].Mean[0, 0], original.Modes[j].Mean[0, 0] - spread, original.Modes[j].Mean[0, 0] + spread);
        }
    }

    [Fact]
    public void TheUpdater_TakesAKalmanStateAsTheKalmanUpdaterDoes_AndSurvivesAFarOffDetection()
    {
        var model = new PositionMeasurementModel(25);
        var gaussian = new GaussianState(Matrix.Column(0, 1, 0, 1), Matrix.Diagonal(100, 1, 100, 1), Start);
        var detection = new TrackerDetection(Start, "s", DetectionKind.Aerial, Matrix.Column(30, -20), model, new(30, -20), 25);
        var expected = new KalmanUpdater().Update(gaussian, detection);
        var actual = new ImmUpdater().Update(gaussian, detection);
        Assert.Equal(gaussian.Time, actual.Posterior.Time);
        Assert.IsType<GaussianState>(actual.Posterior);
        AssertClose(expected.Posterior.Gaussian.Mean, actual.Posterior.Gaussian.Mean, 0);
        Assert.Equal(expected.Deviance, actual.Deviance);

        // Twenty kilometres off, each mode's likelihood underflows exp, but the log-space weights stay a distribution.
        var predictor = ImmPredictor.FromOptions(new ImmMotionOptions());
        var far = detection with { Measurement = Matrix.Column(20_000, 0) };
        var update = new ImmUpdater().Update(predictor.Predict(gaussian, Start.AddSeconds(10)), far);
        var probabilities = ((ImmState)update.Posterior).ModeProbabilities;
        Assert.True(double.IsFinite(update.Deviance) && update.Deviance > 1e4, $"deviance {update.Deviance}");
        Assert.Equal(1, probabilities.Sum(), 12);
        Assert.True(probabilities[ImmPredictor.ManoeuvreModeIndex] > 0.99);
    }

    private const int PlotSeconds = 3;
    private const int LegSeconds = 600;
    private const int SettleSeconds = 120;
    private const int ManoeuvreWindowSeconds = 30;
    private const int ImmFilter = 0;
    private const int QuietFilter = 1;
    private const int LivelyFilter = 2;

    private static readonly int[] Seeds = [1, 2, 3, 4, 5, 6, 7, 8];

    // Per filter (IMM, q = 0.02, q = 1.0) and plot: the squared position error and the NEES; and the IMM's
    // manoeuvring-mode probability per plot.
    private sealed record Run(int Seed, double[,] SquaredPositionErrors, double[,] Nees, double[] ManoeuvreProbability);

    // Ten minutes at cruising speed on 060°, then the engine fails and the boat drifts on a 0.3 m/s tidal set towards
    // 045° for ten minutes, then it restarts at cruising speed on 200° for ten more; position plots with σ = 25 m
    // every 3 s. The IMM has the standard settings.
    private static Run SimulateStopDriftRestart(int seed, double cruiseMetresPerSecond)
    {
        var random = new Random(seed);
        var legs = new[] { Velocity(cruiseMetresPerSecond, 60), Velocity(0.3, 45), Velocity(cruiseMetresPerSecond, 200) };
        var measurement = new PositionMeasurementModel(25);
        var imm = ImmPredictor.FromOptions(new ImmMotionOptions());
        var singles = new[] { new KalmanPredictor(new ConstantVelocityModel(0.02)), new KalmanPredictor(new ConstantVelocityModel(1.0)) };
        var steps = (3 * LegSeconds / PlotSeconds) + 1;
        var squares = new double[3, steps];
        var nees = new double[3, steps];
        var manoeuvre = new double[steps];
        var (x, y) = (10_000.0, 20_000.0);
        IStateEstimate? immState = null;
        var singleStates = new GaussianState[2];
        for (var k = 0; k < steps; k++)
        {
            var seconds = k * PlotSeconds;
            if (k > 0)
            {
                var (px, py) = legs[Math.Min((seconds - PlotSeconds) / LegSeconds, 2)];
                (x, y) = (x + (px * PlotSeconds), y + (py * PlotSeconds));
            }

            var time = Start.AddSeconds(seconds);
            var z = Matrix.Column(x + (25 * Gaussian(random)), y + (25 * Gaussian(random)));
            if (immState is null)
            {
                var first = new GaussianState(Matrix.Column(z[0, 0], 0, z[1, 0], 0), Matrix.Diagonal(625, 16, 625, 16), time);
                (immState, singleStates[0], singleStates[1]) = (imm.Begin(first), first, first);
            }
            else
            {
                immState = ImmUpdater.Update(imm.Predict(immState, time), z, measurement).Posterior;
                for (var f = 0; f < 2; f++)
                {
                    singleStates[f] = KalmanUpdater.Update(singles[f].Predict(singleStates[f], time), z, measurement).Posterior;
                }
            }

            manoeuvre[k] = ((ImmState)immState).ModeProbabilities[ImmPredictor.ManoeuvreModeIndex];
            var (vx, vy) = legs[Math.Min(seconds / LegSeconds, 2)];
            var truth = Matrix.Column(x, vx, y, vy);
            GaussianState[] estimates = [immState.Gaussian, singleStates[0], singleStates[1]];
            for (var f = 0; f < 3; f++)
            {
                var error = estimates[f].Mean - truth;
                nees[f, k] = (error.Transpose() * estimates[f].Covariance.Inverse() * error)[0, 0];
                squares[f, k] = (error[0, 0] * error[0, 0]) + (error[2, 0] * error[2, 0]);
            }
        }

        return new Run(seed, squares, nees, manoeuvre);
    }

    // The first minute is the filters finding the boat's velocity, the same for all of them; it is left out.
    private static bool Scored(int seconds) => seconds >= 60;

    private static bool AfterChange(int seconds) => seconds % LegSeconds < 90 && seconds >= LegSeconds && seconds < 3 * LegSeconds;

    private static bool Settled(int seconds) => seconds % LegSeconds >= SettleSeconds;

    private static double Rms(IEnumerable<Run> runs, int filter, Func<int, bool> window) =>
        Math.Sqrt(Mean(runs, run => run.SquaredPositionErrors, filter, window));

    private static double MeanNees(IEnumerable<Run> runs, int filter, Func<int, bool> window) =>
        Mean(runs, run => run.Nees, filter, window);

    private static double Mean(IEnumerable<Run> runs, Func<Run, double[,]> values, int filter, Func<int, bool> window)
    {
        var (sum, count) = (0.0, 0);
        foreach (var run in runs)
        {
            var series = values(run);
            for (var k = 0; k < series.GetLength(1); k++)
            {
                if (window(k * PlotSeconds))
                {
                    sum += series[filter, k];
                    count++;
                }
            }
        }

        return sum / count;
    }

    private static int? SecondsToManoeuvre(Run run, int changeSeconds)
    {
        for (var seconds = changeSeconds; seconds <= changeSeconds + ManoeuvreWindowSeconds; seconds += PlotSeconds)
        {
            if (run.ManoeuvreProbability[seconds / PlotSeconds] > 0.5)
            {
                return seconds - changeSeconds;
            }
        }

        return null;
    }

    private static double PeakAfter(Run run, int changeSeconds) =>
        Enumerable.Range(changeSeconds / PlotSeconds, (ManoeuvreWindowSeconds / PlotSeconds) + 1).Max(k => run.ManoeuvreProbability[k]);

    private static double MeanPeakAfterChanges(IEnumerable<Run> runs) =>
        runs.Average(run => (PeakAfter(run, LegSeconds) + PeakAfter(run, 2 * LegSeconds)) / 2);

    private static IEnumerable<double> SettledManoeuvreProbabilities(Run run) =>
        run.ManoeuvreProbability.Where((_, k) => Settled(k * PlotSeconds));

    private static double MeanSettledManoeuvreProbability(IEnumerable<Run> runs) =>
        runs.Average(run => SettledManoeuvreProbabilities(run).Average());

    private static double SettledQuietShare(Run run) => SettledManoeuvreProbabilities(run).Average(p => p < 0.5 ? 1.0 : 0.0);

    private static string Report(IReadOnlyList<Run> runs)
    {
        string Filter(string name, int f) => $"{name}: RMS {Rms(runs, f, Scored):F2} m, " +
            $"NEES {MeanNees(runs, f, Scored):F2} (after changes {MeanNees(runs, f, AfterChange):F2})";
        string Rise(Run run, int change) => SecondsToManoeuvre(run, change)?.ToString(CultureInfo.InvariantCulture) ?? "-";
        var rises = string.Join(", ", runs.Select(run => $"{Rise(run, LegSeconds)}/{Rise(run, 2 * LegSeconds)}"));
        return $"{Filter("IMM", ImmFilter)}; {Filter("q=0.02", QuietFilter)}; {Filter("q=1.0", LivelyFilter)}; " +
            $"seconds to manoeuvre mode (stop/restart) {rises}; peak within 30 s {MeanPeakAfterChanges(runs):F2} against settled " +
            $"{MeanSettledManoeuvreProbability(runs):F3}; settled quiet share {runs.Min(SettledQuietShare):P1}";
    }

    private static (double Vx, double Vy) Velocity(double speedMetresPerSecond, double courseDegrees) =>
        (speedMetresPerSecond * Math.Sin(courseDegrees * Math.PI / 180), speedMetresPerSecond * Math.Cos(courseDegrees * Math.PI / 180));

    private static GaussianState Scalar(double mean, double variance) => new(Matrix.Column(mean), Matrix.Diagonal(variance), Start);

    private static void AssertClose(Matrix expected, Matrix actual, double tolerance)
    {
        for (var i = 0; i < expected.Rows; i++)
        {
            for (var j = 0; j < expected.Columns; j++)
            {
                var message = $"[{i},{j}]: expected {expected[i, j]}, got {actual[i, j]}";
                Assert.True(Math.Abs(expected[i, j] - actual[i, j]) <= tolerance, message);
            }
        }
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    // A one-dimensional state that does not move and gathers no noise: its prediction is its mixing step alone.
    private sealed class StandingStill : ITransitionModel
    {
        public int Dimensions => 1;

        public Matrix Transition(TimeSpan interval) => Matrix.Identity(1);

        public Matrix Noise(TimeSpan interval) => Matrix.Diagonal(0.0);
    }
}
