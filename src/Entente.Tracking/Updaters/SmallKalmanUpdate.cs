using Entente.Tracking.Models;
using Entente.Tracking.Types;

namespace Entente.Tracking.Updaters;

/// <summary>
/// The extended Kalman update of <see cref="KalmanUpdater"/> written out for the tracker's four-element state and
/// measurements of up to four elements, on flat arrays, without the intermediate matrices: the same formulas (Joseph
/// form included) and the same numbers (checked by tests), several times faster.
/// </summary>
internal static class SmallKalmanUpdate
{
    private const int N = 4;

    // PHᵀ (n×m, into pht) and S = H·PHᵀ + R (m×m), exactly symmetric.
    private static double[] Innovation(ReadOnlySpan<double> p, ReadOnlySpan<double> h, ReadOnlySpan<double> r, int m, Span<double> pht)
    {
        for (var i = 0; i < N; i++)
        {
            for (var k = 0; k < m; k++)
            {
                var sum = 0.0;
                for (var j = 0; j < N; j++)
                {
                    sum += p[(i * N) + j] * h[(k * N) + j];
                }

                pht[(i * m) + k] = sum;
            }
        }

        var s = new double[m * m];
        for (var a = 0; a < m; a++)
        {
            for (var b = 0; b < m; b++)
            {
                var sum = r[(a * m) + b];
                for (var j = 0; j < N; j++)
                {
                    sum += h[(a * N) + j] * pht[(j * m) + b];
                }

                s[(a * m) + b] = sum;
            }
        }

        for (var a = 0; a < m; a++)
        {
            for (var b = a + 1; b < m; b++)
            {
                var mean = (s[(a * m) + b] + s[(b * m) + a]) / 2;
                s[(a * m) + b] = mean;
                s[(b * m) + a] = mean;
            }
        }

        return s;
    }

    public static double NormalisedInnovationSquared(GaussianState prediction, Matrix measurement, IMeasurementModel model)
    {
        var m = model.Dimensions;
        var v = model.Residual(measurement, model.Predict(prediction.Mean)).Values;
        Span<double> pht = stackalloc double[N * 4];
        var s = Innovation(prediction.Covariance.Values, model.Jacobian(prediction.Mean).Values, model.Noise.Values, m, pht);
        if (m == 2)
        {
            var determinant = (s[0] * s[3]) - (s[1] * s[2]);
            return ((v[0] * v[0] * s[3]) - (v[0] * v[1] * (s[1] + s[2])) + (v[1] * v[1] * s[0])) / determinant;
        }

        var inverse = Matrix.Wrap(m, m, s).Inverse().Values;
        var nis = 0.0;
        for (var a = 0; a < m; a++)
        {
            for (var b = 0; b < m; b++)
            {
                nis += v[a] * inverse[(a * m) + b] * v[b];
            }
        }

        return nis;
    }

    public static KalmanUpdate Update(GaussianState prediction, Matrix measurement, IMeasurementModel model)
    {
        const int n = N;
        var m = model.Dimensions;
        var x = prediction.Mean.Values;
        var p = prediction.Covariance.Values;
        var h = model.Jacobian(prediction.Mean).Values;
        var v = model.Residual(measurement, model.Predict(prediction.Mean)).Values;
        var r = model.Noise.Values;

        Span<double> pht = stackalloc double[n * 4];
        var s = Innovation(p, h, r, m, pht);

        double determinant;
        ReadOnlySpan<double> sInverse;
        if (m == 2)
        {
            determinant = (s[0] * s[3]) - (s[1] * s[2]);
            sInverse = new[] { s[3] / determinant, -s[1] / determinant, -s[2] / determinant, s[0] / determinant };
        }
        else
        {
            var sMatrix = Matrix.Wrap(m, m, s);
            determinant = sMatrix.Determinant();
            sInverse = sMatrix.Inverse().Values;
        }

        // K = PHᵀ·S⁻¹ (n×m); x = x⁻ + K·ν; NIS = νᵀ·S⁻¹·ν.
        Span<double> gain = stackalloc double[n * 4];
        for (var i = 0; i < n; i++)
        {
            for (var b = 0; b < m; b++)
            {
                var sum = 0.0;
                for (var a = 0; a < m; a++)
                {
                    sum += pht[(i * m) + a] * sInverse[(a * m) + b];
                }

                gain[(i * m) + b] = sum;
            }
        }

        var mean4 = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = x[i];
            for (var a = 0; a < m; a++)
            {
                sum += gain[(i * m) + a] * v[a];
            }

            mean4[i] = sum;
        }

        var nis = 0.0;
        for (var a = 0; a < m; a++)
        {
            for (var b = 0; b < m; b++)
            {
                nis += v[a] * sInverse[(a * m) + b] * v[b];
            }
        }

        // Joseph form: (I − KH)·P·(I − KH)ᵀ + K·R·Kᵀ.
        Span<double> ikh = stackalloc double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var sum = i == j ? 1.0 : 0.0;
                for (var a = 0; a < m; a++)
                {
                    sum -= gain[(i * m) + a] * h[(a * n) + j];
                }

                ikh[(i * n) + j] = sum;
            }
        }

        Span<double> left = stackalloc double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var sum = 0.0;
                for (var k = 0; k < n; k++)
                {
                    sum += ikh[(i * n) + k] * p[(k * n) + j];
                }

                left[(i * n) + j] = sum;
            }
        }

        Span<double> kr = stackalloc double[n * 4];
        for (var i = 0; i < n; i++)
        {
            for (var b = 0; b < m; b++)
            {
                var sum = 0.0;
                for (var a = 0; a < m; a++)
                {
                    sum += gain[(i * m) + a] * r[(a * m) + b];
                }

                kr[(i * m) + b] = sum;
            }
        }

        var covariance = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var sum = 0.0;
                for (var k = 0; k < n; k++)
                {
                    sum += left[(i * n) + k] * ikh[(j * n) + k];
                }

                for (var b = 0; b < m; b++)
                {
                    sum += kr[(i * m) + b] * gain[(j * m) + b];
                }

                covariance[(i * n) + j] = sum;
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var mean = (covariance[(i * n) + j] + covariance[(j * n) + i]) / 2;
                covariance[(i * n) + j] = mean;
                covariance[(j * n) + i] = mean;
            }
        }

        return new KalmanUpdate(new GaussianState(Matrix.Wrap(n, 1, mean4), Matrix.Wrap(n, n, covariance), prediction.Time), nis, determinant);
    }
}
