using Entente.Core.Projection;
using Entente.Tracking.Models;
using Entente.Tracking.Predictors;
using Entente.Tracking.Types;
using Entente.Tracking.Updaters;

namespace Entente.Tracking.Tests.Filters;

public sealed class KalmanFilterTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 22, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheConstantVelocityModel_HasTheExactDiscreteNoise()
    {
        var model = new ConstantVelocityModel(0.5);
        var q = model.Noise(TimeSpan.FromSeconds(2));
        Assert.Equal(0.5 * 8 / 3, q[0, 0], 12);
        Assert.Equal(0.5 * 4 / 2, q[0, 1], 12);
        Assert.Equal(0.5 * 2, q[1, 1], 12);
        Assert.Equal(0, q[0, 2]);
        var prior = new GaussianState(Matrix.Column(100, 2, -50, -1), Matrix.Diagonal(10, 1, 10, 1), Start);
        var predicted = new KalmanPredictor(model).Predict(prior, Start.AddSeconds(10));
        Assert.Equal(120, predicted.Mean[0, 0], 12);
        Assert.Equal(-60, predicted.Mean[2, 0], 12);
        Assert.Equal(10 + 100 + (0.5 * 1000 / 3), predicted.Covariance[0, 0], 9);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConstantVelocityModel(0));
    }

    [Fact]
    public void PositionPlots_AreSmoothed_WellBelowTheirOwnError_AndTheFilterIsConsistent()
    {
        var (rmsFiltered, meanNis, meanNees) = Run(new PositionMeasurementModel(25), (truth, random) =>
            Matrix.Column(truth.X + (25 * Gaussian(random)), truth.Y + (25 * Gaussian(random))), seed: 1);

        // Raw plots are 25 m RMS per axis (35 m in position); a steady boat's track is far better.
        Assert.True(rmsFiltered < 0.6 * 25 * Math.Sqrt(2), $"filtered RMS {rmsFiltered} m");
        Assert.InRange(meanNis, 2 * 0.85, 2 * 1.15);
        Assert.InRange(meanNees, 4 * 0.7, 4 * 1.3);
    }

    [Fact]
    public void RadarPlots_UpdateThroughTheExtendedFilter_AndBeatTheRawPlots()
    {
        var site = new ProjectedPoint(0, 30_000);
        var model = new RangeBearingMeasurementModel(site, 20, 0.3 * Math.PI / 180);
        var rawSquares = 0.0;
        var rawCount = 0;
        var (rmsFiltered, meanNis, _) = Run(model, (truth, random) =>
        {
            var dx = truth.X - site.EastingMetres;
            var dy = truth.Y - site.NorthingMetres;
            var range = Math.Sqrt((dx * dx) + (dy * dy)) + (20 * Gaussian(random));
            var bearing = Math.Atan2(dx, dy) + (0.3 * Math.PI / 180 * Gaussian(random));
            var ex = site.EastingMetres + (range * Math.Sin(bearing)) - truth.X;
            var ey = site.NorthingMetres + (range * Math.Cos(bearing)) - truth.Y;
            rawSquares += (ex * ex) + (ey * ey);
            rawCount++;
            return Matrix.Column(range, bearing);
        }, seed: 2);
        var rawRms = Math.Sqrt(rawSquares / rawCount);
        Assert.True(rmsFiltered < 0.6 * rawRms, $"filtered {rmsFiltered} m against raw {rawRms} m");
        Assert.InRange(meanNis, 2 * 0.85, 2 * 1.15);
    }

    [Fact]
    public void ABearingAcrossNorth_WrapsInsteadOfJumpingAFullTurn()
    {
        var model = new RangeBearingMeasurementModel(new ProjectedPoint(0, 0), 20, 0.01);
        var residual = model.Residual(Matrix.Column(1000, -Math.PI + 0.01), Matrix.Column(1000, Math.PI - 0.01));
        Assert.Equal(0.02, residual[1, 0], 12);
    }

    // A small boat at about 6 kn, plots every 3 s for an hour; returns the RMS position error after the
    // first ten minutes, the mean NIS, and the mean NEES of the position and velocity.
    private static (double Rms, double MeanNis, double MeanNees) Run(IMeasurementModel model, Func<(double X, double Y), Random, Matrix> measure, int seed)
    {
        var random = new Random(seed);
        var predictor = new KalmanPredictor(new ConstantVelocityModel(0.01));

        var (vx, vy) = (-2.2, 2.0);
        var truth = (X: 5_000.0, Y: 5_000.0);

        // The truth follows the filter's own model (white-noise acceleration, q = 0.01 m²/s³, sampled exactly), so
        // that the filter's covariance can be checked against its actual errors.
        const double q = 0.01;
        const double dt = 3;
        var l11 = Math.Sqrt(q * dt * dt * dt / 3);
        var l21 = q * dt * dt / 2 / l11;
        var l22 = Math.Sqrt((q * dt) - (l21 * l21));
        GaussianState? state = null;
        double squares = 0, nis = 0, nees = 0;
        var count = 0;
        for (var k = 0; k < 1200; k++)
        {
            var time = Start.AddSeconds(3 * k);
            if (k > 0)
            {
                var (ax, bx, ay, by) = (Gaussian(random), Gaussian(random), Gaussian(random), Gaussian(random));
                truth = (truth.X + (vx * dt) + (l11 * ax), truth.Y + (vy * dt) + (l11 * ay));
                vx += (l21 * ax) + (l22 * bx);
                vy += (l21 * ay) + (l22 * by);
            }

            var z = measure(truth, random);
            state = state is null
                ? new GaussianState(Matrix.Column(truth.X + 30, 0, truth.Y - 30, 0), Matrix.Diagonal(100 * 100, 25, 100 * 100, 25), time)
                : predictor.Predict(state, time);
            var update = KalmanUpdater.Update(state, z, model);
            state = update.Posterior;
            if (k < 200)
            {
                continue;
            }

            var error = Matrix.Column(state.Mean[0, 0] - truth.X, state.Mean[1, 0] - vx, state.Mean[2, 0] - truth.Y, state.Mean[3, 0] - vy);
            nees += (error.Transpose() * state.Covariance.Inverse() * error)[0, 0];
            nis += update.NormalisedInnovationSquared;
            squares += (error[0, 0] * error[0, 0]) + (error[2, 0] * error[2, 0]);
            count++;
        }

        return (Math.Sqrt(squares / count), nis / count, nees / count);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
