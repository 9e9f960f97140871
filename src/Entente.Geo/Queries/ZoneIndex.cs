using Entente.Geo.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace Entente.Geo.Queries;

/// <summary>
/// The area features, prepared for repeated point-in-polygon tests and indexed by envelope (in projected metres).
/// </summary>
/// <remarks>Built once; an STRtree accepts no inserts after its first query. Queries are thread-safe.</remarks>
internal sealed class ZoneIndex
{
    private readonly STRtree<(GeoFeature Feature, IPreparedGeometry Prepared)> _tree = new();

    public ZoneIndex(IEnumerable<GeoFeature> areas)
    {
        foreach (var feature in areas)
        {
            _tree.Insert(feature.GeometryMetres.EnvelopeInternal, (feature, PreparedGeometryFactory.Prepare(feature.GeometryMetres)));
        }

        _tree.Build();
    }

    /// <summary>The features whose area covers the point (boundary included).</summary>
    public IEnumerable<GeoFeature> Containing(Point metres) =>
        _tree.Query(metres.EnvelopeInternal)
            .Where(candidate => candidate.Prepared.Covers(metres))
            .Select(candidate => candidate.Feature);
}
