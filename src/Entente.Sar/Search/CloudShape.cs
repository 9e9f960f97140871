using Entente.Core.Projection;
using Entente.Sar.Particles;

namespace Entente.Sar.Search;

/// <summary>The weighted centre, principal axes and spread of a particle cloud.</summary>
internal sealed class CloudShape
{
    private CloudShape(ProjectedPoint centroid, double majorAxisBearingDegrees, double majorSigmaMetres, double minorSigmaMetres, double radius90Metres)
    {
        Centroid = centroid;
        MajorAxisBearingDegrees = majorAxisBearingDegrees;
        MajorSigmaMetres = majorSigmaMetres;
        MinorSigmaMetres = minorSigmaMetres;
        Radius90Metres = radius90Metres;
    }

    /// <summary>The weighted centroid.</summary>
    public ProjectedPoint Centroid { get; }

    /// <summary>Grid bearing of the principal (major) axis of the weighted covariance, 0 to 180.</summary>
    public double MajorAxisBearingDegrees { get; }

    /// <summary>Standard deviation along the major axis, metres.</summary>
    public double MajorSigmaMetres { get; }

    /// <summary>Standard deviation along the minor axis, metres.</summary>
    public double MinorSigmaMetres { get; }

    /// <summary>Radius about the centroid holding 90 % of the weight, metres.</summary>
    public double Radius90Metres { get; }

    public static CloudShape Of(ParticleCloud cloud)
    {
        var e = cloud.EastingsMetres;
        var n = cloud.NorthingsMetres;
        var w = cloud.Weights;
        double me = 0, mn = 0;
        for (var i = 0; i < w.Length; i++)
        {
            me += w[i] * e[i];
            mn += w[i] * n[i];
        }

        double see = 0, snn = 0, sen = 0;
        for (var i = 0; i < w.Length; i++)
        {
            var de = e[i] - me;
            var dn = n[i] - mn;
            see += w[i] * de * de;
            snn += w[i] * dn * dn;
            sen += w[i] * de * dn;
        }

        // Eigen-decomposition of the 2×2 covariance; the major axis makes angle θ with east, tan 2θ = 2·sen/(see − snn).
        var mean = (see + snn) / 2;
        var spread = Math.Sqrt((((see - snn) / 2) * ((see - snn) / 2)) + (sen * sen));
        var angleFromEast = 0.5 * Math.Atan2(2 * sen, see - snn);
        var bearing = 90.0 - (angleFromEast * 180.0 / Math.PI);
        bearing = ((bearing % 180.0) + 180.0) % 180.0;

        var distances = new (double Distance, double Weight)[w.Length];
        for (var i = 0; i < w.Length; i++)
        {
            distances[i] = (Math.Sqrt(((e[i] - me) * (e[i] - me)) + ((n[i] - mn) * (n[i] - mn))), w[i]);
        }

        Array.Sort(distances, (a, b) => a.Distance.CompareTo(b.Distance));
        var cumulative = 0.0;
        var radius = distances[^1].Distance;
        foreach (var (distance, weight) in distances)
        {
            cumulative += weight;
            if (cumulative >= 0.9)
            {
                radius = distance;
                break;
            }
        }

        return new CloudShape(new ProjectedPoint(me, mn), bearing, Math.Sqrt(Math.Max(0, mean + spread)), Math.Sqrt(Math.Max(0, mean - spread)), radius);
    }
}
