using Entente.Core.Projection;
using Entente.Core.Units;
using Entente.Sar.Particles;

namespace Entente.Sar.Outputs;

/// <summary>Reduces a particle cloud to its datum: weighted mean and covariance of the particles in the water or on the
/// coast (particles not yet departed have no position to speak of).</summary>
public static class DatumEstimator
{
    /// <summary>The datum of a cloud.</summary>
    /// <param name="cloud">The particles.</param>
    /// <returns>The datum; when nothing has departed, the seed-time centre of all particles.</returns>
    public static DatumPoint Estimate(ParticleCloud cloud)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        return Estimate(cloud.Time, cloud.EastingsMetres, cloud.NorthingsMetres, cloud.Weights, cloud.States);
    }

    /// <summary>The datum of particles given as arrays (a running drift's own, without copying them).</summary>
    internal static DatumPoint Estimate(DateTimeOffset time, ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> w, ReadOnlySpan<ParticleState> states)
    {
        var count = x.Length;
        double sum = 0, stranded = 0, waiting = 0, mx = 0, my = 0;
        for (var i = 0; i < count; i++)
        {
            if (states[i] == ParticleState.NotDeparted)
            {
                waiting += w[i];
                continue;
            }

            stranded += states[i] == ParticleState.Stranded ? w[i] : 0;
            sum += w[i];
            mx += w[i] * x[i];
            my += w[i] * y[i];
        }

        var includeAll = sum <= 0;
        if (includeAll)
        {
            for (var i = 0; i < count; i++)
            {
                sum += w[i];
                mx += w[i] * x[i];
                my += w[i] * y[i];
            }
        }

        mx /= sum;
        my /= sum;
        double sxx = 0, syy = 0, sxy = 0;
        for (var i = 0; i < count; i++)
        {
            if (!includeAll && states[i] == ParticleState.NotDeparted)
            {
                continue;
            }

            var (dx, dy) = (x[i] - mx, y[i] - my);
            sxx += w[i] * dx * dx;
            syy += w[i] * dy * dy;
            sxy += w[i] * dx * dy;
        }

        (sxx, syy, sxy) = (sxx / sum, syy / sum, sxy / sum);
        // Eigenvalues of the 2×2 covariance; the major axis angle is measured from east, then turned into a bearing.
        var mean = (sxx + syy) / 2;
        var root = Math.Sqrt((((sxx - syy) / 2) * ((sxx - syy) / 2)) + (sxy * sxy));
        var angleFromEast = 0.5 * Math.Atan2(2 * sxy, sxx - syy);
        var bearing = UnitConversions.NormaliseBearingDegrees(90 - UnitConversions.RadiansToDegrees(angleFromEast)) % 180;
        var centre = ChannelProjection.Unproject(new ProjectedPoint(mx, my));
        return new DatumPoint(time, centre, mx, my, Math.Sqrt(Math.Max(0, mean + root)), Math.Sqrt(Math.Max(0, mean - root)), bearing,
            stranded, waiting);
    }
}
