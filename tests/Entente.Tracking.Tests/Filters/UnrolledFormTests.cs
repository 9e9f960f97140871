using Entente.Core.Projection;
using Entente.Tracking.Models;
using Entente.Tracking.Predictors;
using Entente.Tracking.Types;
using Entente.Tracking.Updaters;

namespace Entente.Tracking.Tests.Filters;

public sealed class UnrolledFormTests
{
    private static GaussianState RandomState(Random random)
    {
        // A random positive-definite covariance: AAᵀ plus a diagonal.
        var a = new double[4, 4];
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                a[i, j] = (random.NextDouble() - 0.5) * 30;
            }
        }

        var m = Matrix.From(a);
        var covariance = (m * m.Transpose()) + Matrix.Diagonal(50, 1, 50, 1);
        var mean = Matrix.Column(5_000 + (random.NextDouble() * 20_000), (random.NextDouble() - 0.5) * 10, 5_000 + (random.NextDouble() * 20_000), (random.NextDouble() - 0.5) * 10);
        return new GaussianState(mean, covariance.Symmetrised(), TestPlots.Start);
    }

    private static void AssertClose(Matrix expected, Matrix actual, double relative)
    {
        for (var i = 0; i < expected.Rows; i++)
        {
            for (var j = 0; j < expected.Columns; j++)
            {
                Assert.True(Math.Abs(expected[i, j] - actual[i, j]) <= relative * (1 + Math.Abs(expected[i, j])), $"[{i},{j}] {expected[i, j]} against {actual[i, j]}");
            }
        }
    }

    [Fact]
    public void TheWrittenOutPrediction_EqualsTheMatrixForm()
    {
        var random = new Random(1);
        var model = new ConstantVelocityModel(0.3);
        for (var k = 0; k < 200; k++)
        {
            var prior = RandomState(random);
            var dt = TimeSpan.FromSeconds((random.NextDouble() - 0.3) * 60);
            var f = model.Transition(dt);
            var expected = ((f * prior.Covariance * f.Transpose()) + model.Noise(dt)).Symmetrised();
            var actual = new KalmanPredictor(model).Predict(prior, prior.Time + dt);
            AssertClose(expected, actual.Covariance, 1e-12);
            AssertClose(f * prior.Mean, actual.Mean, 1e-12);
        }
    }

    [Fact]
    public void TheWrittenOutUpdate_EqualsTheMatrixForm_ForRadarPositionAndAis()
    {
        var random = new Random(2);
        IMeasurementModel[] models =
        [
            new RangeBearingMeasurementModel(new ProjectedPoint(0, 0), 20, 0.005), new PositionMeasurementModel(25), new PositionVelocityMeasurementModel(10, 0.3),
        ];
        for (var k = 0; k < 300; k++)
        {
            var prediction = RandomState(random);
            var model = models[k % models.Length];
            var z = model.Predict(prediction.Mean) + Matrix.Column([.. Enumerable.Range(0, model.Dimensions).Select(_ => (random.NextDouble() - 0.5) * 0.01)]);
            var expected = KalmanUpdater.UpdateAnySize(prediction, z, model);
            var actual = KalmanUpdater.Update(prediction, z, model);
            AssertClose(expected.Posterior.Mean, actual.Posterior.Mean, 1e-9);
            AssertClose(expected.Posterior.Covariance, actual.Posterior.Covariance, 1e-9);
            Assert.Equal(expected.NormalisedInnovationSquared, actual.NormalisedInnovationSquared, 1e-9);
            Assert.Equal(expected.InnovationDeterminant, actual.InnovationDeterminant, expected.InnovationDeterminant * 1e-9);
        }
    }
}
