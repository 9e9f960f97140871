using Entente.Tracking.Types;

namespace Entente.Tracking.Predictors;

/// <summary>
/// The Kalman prediction for the constant-velocity model written out: F = [[1, Δt], [0, 1]] per axis makes F·P·Fᵀ a few
/// additions, and the tracker makes one prediction per candidate pair, so this is where its time goes. Gives the same
/// numbers as the matrix form (checked by tests).
/// </summary>
internal static class ConstantVelocityPrediction
{
    public static GaussianState Predict(GaussianState prior, double noiseDensity, DateTimeOffset time)
    {
        var dt = (time - prior.Time).TotalSeconds;
        var x = prior.Mean.Values;
        var p = prior.Covariance.Values;

        // FP: rows 0 and 2 gain Δt times rows 1 and 3.
        Span<double> fp = stackalloc double[16];
        for (var c = 0; c < 4; c++)
        {
            fp[c] = p[c] + (dt * p[4 + c]);
            fp[4 + c] = p[4 + c];
            fp[8 + c] = p[8 + c] + (dt * p[12 + c]);
            fp[12 + c] = p[12 + c];
        }

        // (FP)Fᵀ: columns 0 and 2 gain Δt times columns 1 and 3; then Q, and exact symmetry.
        var a = new double[16];
        for (var r = 0; r < 4; r++)
        {
            a[(r * 4) + 0] = fp[(r * 4) + 0] + (dt * fp[(r * 4) + 1]);
            a[(r * 4) + 1] = fp[(r * 4) + 1];
            a[(r * 4) + 2] = fp[(r * 4) + 2] + (dt * fp[(r * 4) + 3]);
            a[(r * 4) + 3] = fp[(r * 4) + 3];
        }

        var t = Math.Abs(dt);
        var q11 = noiseDensity * t * t * t / 3;
        var q12 = noiseDensity * t * t / 2;
        var q22 = noiseDensity * t;
        a[0] += q11;
        a[1] += q12;
        a[4] += q12;
        a[5] += q22;
        a[10] += q11;
        a[11] += q12;
        a[14] += q12;
        a[15] += q22;
        for (var r = 0; r < 4; r++)
        {
            for (var c = r + 1; c < 4; c++)
            {
                var mean = (a[(r * 4) + c] + a[(c * 4) + r]) / 2;
                a[(r * 4) + c] = mean;
                a[(c * 4) + r] = mean;
            }
        }

        var m = new[] { x[0] + (dt * x[1]), x[1], x[2] + (dt * x[3]), x[3] };
        return new GaussianState(Matrix.Wrap(4, 1, m), Matrix.Wrap(4, 4, a), time);
    }
}
