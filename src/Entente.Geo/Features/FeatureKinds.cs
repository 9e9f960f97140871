using System.Collections.Frozen;

namespace Entente.Geo.Features;

/// <summary>The kebab-case names of <see cref="FeatureKind"/> used in GeoJSON and the API.</summary>
public static class FeatureKinds
{
    private static readonly FrozenDictionary<FeatureKind, string> Names = new Dictionary<FeatureKind, string>
    {
        [FeatureKind.Land] = "land",
        [FeatureKind.TerritorialSea] = "territorial-sea",
        [FeatureKind.SarRegion] = "sar-region",
        [FeatureKind.TerritorialBoundary] = "territorial-boundary",
        [FeatureKind.SarBoundary] = "sar-boundary",
        [FeatureKind.TssLane] = "tss-lane",
        [FeatureKind.TssSeparationZone] = "tss-separation-zone",
        [FeatureKind.InshoreTrafficZone] = "inshore-traffic-zone",
        [FeatureKind.LaunchBeach] = "launch-beach",
        [FeatureKind.Landing] = "landing",
        [FeatureKind.LifeboatStation] = "lifeboat-station",
        [FeatureKind.CoordinationCentre] = "coordination-centre",
        [FeatureKind.RadarSite] = "radar-site",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, FeatureKind> Kinds =
        Names.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>The kebab-case name, e.g. "launch-beach".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public static string ToName(FeatureKind kind) => Names[kind];

    /// <summary>Parses a kebab-case name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="kind">The kind when known.</param>
    /// <returns>True when the name is known.</returns>
    public static bool TryParse(string? name, out FeatureKind kind) => Kinds.TryGetValue(name ?? string.Empty, out kind);
}
