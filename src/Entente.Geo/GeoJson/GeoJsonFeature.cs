using NetTopologySuite.Geometries;

namespace Entente.Geo.GeoJson;

/// <summary>A feature as read from GeoJSON: properties (strings, numbers, booleans) and a geometry in degrees.</summary>
/// <param name="Properties">The properties; nested objects and arrays are not supported.</param>
/// <param name="Geometry">The geometry, x = longitude, y = latitude.</param>
public sealed record GeoJsonFeature(IReadOnlyDictionary<string, object> Properties, Geometry Geometry);
