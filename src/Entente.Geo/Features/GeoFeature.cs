using NetTopologySuite.Geometries;

namespace Entente.Geo.Features;

/// <summary>
/// One feature of the Channel geography: its identity, kind, source citation and geometry, held both in
/// WGS84 degrees (x = longitude, y = latitude) and in the Channel projection (metres).
/// </summary>
/// <remarks>Immutable once loaded; the geometries must not be modified. Thread-safe for reading.</remarks>
public sealed class GeoFeature
{
    internal GeoFeature(string id, FeatureKind kind, string name, string source,
        IReadOnlyDictionary<string, object> properties, Geometry geometryDegrees, Geometry geometryMetres)
    {
        Id = id;
        Kind = kind;
        Name = name;
        Source = source;
        Properties = properties;
        GeometryDegrees = geometryDegrees;
        GeometryMetres = geometryMetres;
    }

    /// <summary>A stable id, e.g. "beach-wissant".</summary>
    public string Id { get; }

    /// <summary>What the feature is.</summary>
    public FeatureKind Kind { get; }

    /// <summary>The name for display, e.g. "Wissant beach".</summary>
    public string Name { get; }

    /// <summary>Where the facts come from.</summary>
    public string Source { get; }

    /// <summary>Other properties (nation, direction, operator, approximate...): strings, numbers or booleans.</summary>
    public IReadOnlyDictionary<string, object> Properties { get; }

    /// <summary>The geometry in WGS84 degrees: x is longitude, y latitude.</summary>
    public Geometry GeometryDegrees { get; }

    /// <summary>The geometry in the Channel projection, metres.</summary>
    public Geometry GeometryMetres { get; }

    /// <summary>A string property, or null.</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The value when it is a string.</returns>
    public string? GetString(string name) => Properties.TryGetValue(name, out var value) ? value as string : null;

    /// <inheritdoc />
    public override string ToString() => $"{FeatureKinds.ToName(Kind)} {Id} ({Name})";
}
