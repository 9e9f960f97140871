using Entente.Core.Projection;
using Entente.Rules.Environment;
using Entente.Sar.Forcing;

namespace Entente.Incidents.Coordination;

/// <summary>
/// The rules' assumed current as a drift forcing field. It is sampled once per batch, at the batch's centre, and taken
/// as uniform across it: the assumed tidal stream is uniform across a boat's drift cloud, and one projection per
/// batch instead of one per particle keeps every open incident's drift cheap enough to run at each frame.
/// </summary>
internal sealed class AssumedCurrentField(ISeaCurrent current) : IVectorField
{
    public string Description => "the picture's assumed tidal stream";

    public void Sample(DateTimeOffset time, ReadOnlySpan<double> eastingsMetres, ReadOnlySpan<double> northingsMetres,
        Span<double> eastMetresPerSecond, Span<double> northMetresPerSecond)
    {
        var count = eastingsMetres.Length;
        if (count == 0)
        {
            return;
        }

        double x = 0, y = 0;
        for (var i = 0; i < count; i++)
        {
            x += eastingsMetres[i];
            y += northingsMetres[i];
        }

        var (east, north) = current.At(ChannelProjection.Unproject(new ProjectedPoint(x / count, y / count)), time);
        eastMetresPerSecond[..count].Fill(east);
        northMetresPerSecond[..count].Fill(north);
    }

    public void EnsureCovers(DateTimeOffset first, DateTimeOffset last, ProjectedArea area)
    {
    }
}
