using System.Reflection;
using Entente.Core.Geodesy;
using Entente.Core.Positions;
using Entente.Geo.Derivation;
using Entente.Geo.Features;
using Entente.Geo.GeoJson;
using Entente.Geo.Projection;
using Entente.Geo.Queries;
using Entente.Geo.Rasters;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Distance;

namespace Entente.Geo.Geography;

/// <summary>
/// The Dover Strait as Entente knows it: the project's own authored features (boundary, TSS, beaches, stations),
/// land from Natural Earth, and the zones derived from them (SAR regions, territorial seas), with queries.
/// </summary>
/// <remarks>Immutable after loading and thread-safe. Loading takes tens of milliseconds: load once and share.</remarks>
public sealed class ChannelGeography
{
    private const string AuthoredResource = "Entente.Geo.channel-geography.geojson";
    private const string LandResource = "Entente.Geo.channel-land.geojson";
    private const double MaxSegmentDegrees = AreaOfInterest.MaxSegmentDegrees;

    // Most specific first: this is the order in which a watch officer reads a position.
    private static readonly FeatureKind[] ZoneOrder =
    [
        FeatureKind.Land, FeatureKind.TerritorialSea, FeatureKind.InshoreTrafficZone, FeatureKind.TssLane,
        FeatureKind.TssSeparationZone, FeatureKind.SarRegion,
    ];

    private readonly Dictionary<string, GeoFeature> _byId;
    private readonly ZoneIndex _zones;
    private readonly IndexedFacetDistance _coast;
    private readonly Lazy<byte[]> _geoJson;
    private readonly Lazy<LandRaster> _landRaster;

    private ChannelGeography(IReadOnlyList<GeoFeature> features, Geometry landMetres)
    {
        Features = features;
        _byId = features.ToDictionary(f => f.Id, StringComparer.Ordinal);
        _zones = new ZoneIndex(features.Where(f => Array.IndexOf(ZoneOrder, f.Kind) >= 0));
        _coast = new IndexedFacetDistance(landMetres.Boundary);
        _geoJson = new Lazy<byte[]>(() => GeoJsonWriter.ToUtf8Bytes(Features));
        _landRaster = new Lazy<LandRaster>(() => LandRaster.Rasterise(landMetres, LandRasterCellMetres));
    }

    /// <summary>The side of a cell of <see cref="LandRaster"/>, metres.</summary>
    public const double LandRasterCellMetres = 100;

    /// <summary>Every feature: land, SAR regions, territorial seas, then the authored features in file order.</summary>
    public IReadOnlyList<GeoFeature> Features { get; }

    /// <summary>Loads the built-in geography with default options.</summary>
    /// <returns>The geography.</returns>
    public static ChannelGeography LoadDefault() => Load(new ChannelGeographyOptions());

    /// <summary>Loads the built-in geography.</summary>
    /// <param name="options">Options (SAR boundary override, territorial sea breadth).</param>
    /// <returns>The geography.</returns>
    /// <exception cref="InvalidDataException">A built-in file is malformed.</exception>
    /// <exception cref="InvalidOperationException">The configured SAR boundary does not divide the area in two.</exception>
    public static ChannelGeography Load(ChannelGeographyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var authored = ReadFeatures(AuthoredResource);
        var land = ReadFeatures(LandResource).Where(f => f.Kind == FeatureKind.Land).ToList();
        if (land.Count == 0)
        {
            throw new InvalidDataException("The built-in land layer is empty.");
        }

        var allLand = GeometryProjector.MetresFactory.BuildGeometry(land.Select(f => f.GeometryMetres)).Union();
        var area = (Polygon)GeometryProjector.ToMetres(AreaOfInterest.CreateDegreesPolygon(GeometryProjector.DegreesFactory));

        var sarLine = SarBoundary(options, authored);
        var ukCentre = authored.Single(f => f.Id == "centre-hmcg-dover").GeometryMetres.Coordinate;
        var (ukSide, frSide) = SarRegionSplitter.Split(area, sarLine, ukCentre);

        var proxyNote = "PROXY derived by Entente: the area of interest divided by the SAR boundary line (see sar-boundary-proxy).";
        var derived = new List<GeoFeature>(land)
        {
            Derived("sar-region-uk", FeatureKind.SarRegion, "UK SAR region", ukSide, proxyNote, "UK"),
            Derived("sar-region-fr", FeatureKind.SarRegion, "French SAR region", frSide, proxyNote, "FR"),
        };

        var seaNote = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"APPROXIMATE, derived by Entente: sea within {options.TerritorialSeaNauticalMiles} nm of the Natural Earth 1:10m coast, on the state's side of the 1988 boundary and its extension; not the legal limit, which runs from official baselines.");
        derived.Add(Derived("territorial-sea-uk", FeatureKind.TerritorialSea, "UK territorial sea",
            DerivedZones.TerritorialSea(Land(land, "GB"), allLand, ukSide, options.TerritorialSeaNauticalMiles), seaNote, "UK"));
        derived.Add(Derived("territorial-sea-fr", FeatureKind.TerritorialSea, "French territorial sea",
            DerivedZones.TerritorialSea(Land(land, "FR"), allLand, frSide, options.TerritorialSeaNauticalMiles), seaNote, "FR"));

        foreach (var feature in authored)
        {
            var clipped = feature.Kind == FeatureKind.InshoreTrafficZone
                ? WithGeometry(feature, DerivedZones.ClipToSea(feature.GeometryMetres, allLand))
                : feature;
            derived.Add(feature.Kind == FeatureKind.SarBoundary && options.SarBoundary.Count > 0
                ? WithGeometry(feature, sarLine)
                : clipped);
        }

        return new ChannelGeography(derived, allLand);
    }

    /// <summary>The feature with an id, or null.</summary>
    /// <param name="id">The id, e.g. "beach-wissant".</param>
    /// <returns>The feature.</returns>
    public GeoFeature? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The features of one kind, in order.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The features.</returns>
    public IEnumerable<GeoFeature> OfKind(FeatureKind kind) => Features.Where(f => f.Kind == kind);

    /// <summary>The area features containing a position, most specific first.</summary>
    /// <param name="position">The position.</param>
    /// <returns>Land, territorial sea, traffic zones and SAR region that hold the position.</returns>
    public IReadOnlyList<GeoFeature> ZonesAt(GeoPosition position)
    {
        var point = GeometryProjector.MetresFactory.CreatePoint(GeometryProjector.ToMetres(position));
        return _zones.Containing(point).OrderBy(f => Array.IndexOf(ZoneOrder, f.Kind)).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The nearest point feature of the given kinds, by geodesic distance.</summary>
    /// <param name="position">The position.</param>
    /// <param name="kinds">The kinds of place to consider.</param>
    /// <returns>The nearest place with distance and bearing, or null when there is none of those kinds.</returns>
    public PlaceDistance? Nearest(GeoPosition position, params IReadOnlyCollection<FeatureKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        PlaceDistance? best = null;
        // A few dozen places: an exact geodesic scan is cheaper than keeping an index honest.
        foreach (var place in Features.Where(f => kinds.Contains(f.Kind) && f.GeometryDegrees is Point))
        {
            var at = GeoPosition.FromDegrees(place.GeometryDegrees.Coordinate.Y, place.GeometryDegrees.Coordinate.X);
            var inverse = Geodesic.Inverse(at, position);
            if (best is null || inverse.DistanceMetres < best.DistanceMetres)
            {
                best = new PlaceDistance(place, inverse.DistanceMetres, inverse.InitialBearingDegrees);
            }
        }

        return best;
    }

    /// <summary>Land as a 100 m grid in the Channel projection, built on first use: the fast test for drifting particles.</summary>
    public LandRaster LandRaster => _landRaster.Value;

    /// <summary>Whether a position is on land.</summary>
    /// <param name="position">The position.</param>
    /// <returns>True on land.</returns>
    public bool IsOnLand(GeoPosition position) => ZonesAt(position).Any(z => z.Kind == FeatureKind.Land);

    /// <summary>Geodesic distance from a position at sea to the nearest coast; 0 on land.</summary>
    /// <param name="position">The position.</param>
    /// <returns>The distance in metres.</returns>
    public double DistanceToCoastMetres(GeoPosition position) => IsOnLand(position) ? 0 : DistanceToCoastAtSeaMetres(position);

    /// <summary>Describes a position for a watch officer.</summary>
    /// <param name="position">The position.</param>
    /// <returns>Zones, nearest places and distance to the coast.</returns>
    public LocationDescription Describe(GeoPosition position)
    {
        // The zones already say whether the position is on land: no second zone query for the coast distance.
        var zones = ZonesAt(position);
        var onLand = zones.Any(z => z.Kind == FeatureKind.Land);
        return new(position, zones,
            Nearest(position, FeatureKind.LaunchBeach, FeatureKind.Landing),
            Nearest(position, FeatureKind.LifeboatStation),
            onLand ? 0 : DistanceToCoastAtSeaMetres(position));
    }

    /// <summary>Geodesic distance to the nearest coast from a position the caller already knows is at sea (from
    /// <see cref="ZonesAt"/>), without a second zone query.</summary>
    /// <param name="position">The position, at sea.</param>
    /// <returns>The distance in metres.</returns>
    public double DistanceToCoastAtSeaMetres(GeoPosition position)
    {
        var metres = GeometryProjector.ToMetres(position);
        var nearest = _coast.NearestPoints(GeometryProjector.MetresFactory.CreatePoint(metres))[0];
        return Geodesic.DistanceMetres(position, GeometryProjector.ToPosition(nearest));
    }

    /// <summary>The whole geography as a GeoJSON FeatureCollection (UTF-8), built once.</summary>
    /// <returns>The JSON bytes; do not modify.</returns>
    public ReadOnlyMemory<byte> ToGeoJson() => _geoJson.Value;

    private static Geometry Land(IEnumerable<GeoFeature> land, string country) =>
        GeometryProjector.MetresFactory.BuildGeometry(
            land.Where(f => f.GetString("country") == country).Select(f => f.GeometryMetres)).Union();

    private static LineString SarBoundary(ChannelGeographyOptions options, IReadOnlyList<GeoFeature> authored)
    {
        if (options.SarBoundary.Count == 0)
        {
            return (LineString)authored.Single(f => f.Kind == FeatureKind.SarBoundary).GeometryMetres;
        }

        if (options.SarBoundary.Count < 2)
        {
            throw new InvalidOperationException("Geography:SarBoundary needs at least two points.");
        }

        var points = options.SarBoundary.Select(c => GeometryProjector.ToMetres(GeoPosition.FromDegrees(c.LatitudeDegrees, c.LongitudeDegrees)));
        return GeometryProjector.MetresFactory.CreateLineString(points.ToArray());
    }

    private static GeoFeature Derived(string id, FeatureKind kind, string name, Geometry metres, string source, string nation) =>
        new(id, kind, name, source, new Dictionary<string, object> { ["nation"] = nation, ["approximate"] = true },
            GeometryProjector.ToDegrees(metres), metres);

    private static GeoFeature WithGeometry(GeoFeature feature, Geometry metres) =>
        new(feature.Id, feature.Kind, feature.Name, feature.Source, feature.Properties, GeometryProjector.ToDegrees(metres), metres);

    private static List<GeoFeature> ReadFeatures(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidDataException($"Built-in resource {resource} is missing: rebuild Entente.Geo (it needs npm).");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var features = GeoJsonReader.ReadFeatureCollection(buffer.ToArray(), GeometryProjector.DegreesFactory, resource);
        return features.Select((f, i) => ToFeature(f, $"{resource}: feature {i}")).ToList();
    }

    private static GeoFeature ToFeature(GeoJsonFeature raw, string where)
    {
        string Required(string name) => raw.Properties.TryGetValue(name, out var v) && v is string s && s.Length > 0
            ? s
            : throw new InvalidDataException($"{where}: property '{name}' is required.");

        var kindName = Required("kind");
        if (!FeatureKinds.TryParse(kindName, out var kind))
        {
            throw new InvalidDataException($"{where}: unknown kind '{kindName}'.");
        }

        var others = raw.Properties.Where(p => p.Key is not ("id" or "kind" or "name" or "source"))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        // Edges are straight in degrees (the sources' convention, and the land's clip edges): densify them so that
        // they keep that shape in the projection, where the area of interest's edges are densified the same way.
        var degrees = raw.Geometry is Point ? raw.Geometry : NetTopologySuite.Densify.Densifier.Densify(raw.Geometry, MaxSegmentDegrees);
        return new GeoFeature(Required("id"), kind, Required("name"), Required("source"), others,
            degrees, GeometryProjector.ToMetres(degrees));
    }
}
