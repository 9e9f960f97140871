using Entente.Core.Detections;
using Entente.Core.Positions;
using Entente.Core.Sharing;
using Entente.Geo.Geography;

namespace Entente.Server.Feeds;

/// <summary>
/// Whose each simulated sensor's detections are and who may see them, by kind of source and by the side of the Strait
/// the sensor stands on (docs/security.md, "Releasability"):
/// <list type="table">
/// <item><term>AIS, CNIS radar</term><description>UK station: uk-hmcg; French station: fr-cross-gris-nez; "UK+FR".</description></item>
/// <item><term>distress call</term><description>the centre whose SAR region the caller is in; "UK+FR" (saving life first).</description></item>
/// <item><term>beach / ground sensor</term><description>fr-gendarmerie-paf, "FR+uk-liaison".</description></item>
/// <item><term>aerial sighting</term><description>UK aircraft: uk-border-force "UK+fr-cross-gris-nez"; French: fr-premar "FR+uk-hmcg".</description></item>
/// <item><term>outcome report</term><description>the reporting side's centre; "UK+FR".</description></item>
/// </list>
/// Real feeds keep the provenance they are configured with (<see cref="RealFeedOptions.Provenance"/>).
/// </summary>
/// <remarks>Thread-safe: the side of each sensor is worked out once and kept.</remarks>
internal sealed class SourceReleasability(ChannelGeography geography)
{
    /// <summary>AIS and radar seen from the UK shore.</summary>
    public static Provenance UkStation { get; } = new(Agencies.HmCoastguard.Id, Releasability.UkAndFr);

    /// <summary>AIS and radar seen from the French shore.</summary>
    public static Provenance FrenchStation { get; } = new(Agencies.CrossGrisNez.Id, Releasability.UkAndFr);

    /// <summary>Beach and ground sensors, all on French soil.</summary>
    public static Provenance BeachSensor { get; } =
        new(Agencies.GendarmeriePaf.Id, Releasability.To(Nations.France, Agencies.UkLiaison.Id));

    /// <summary>A UK aircraft's sightings.</summary>
    public static Provenance UkAircraft { get; } =
        new(Agencies.UkBorderForce.Id, Releasability.To(Nations.UnitedKingdom, Agencies.CrossGrisNez.Id));

    /// <summary>A French aircraft's or drone's sightings.</summary>
    public static Provenance FrenchAircraft { get; } =
        new(Agencies.PrefectureMaritime.Id, Releasability.To(Nations.France, Agencies.HmCoastguard.Id));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _french = new(StringComparer.Ordinal);

    /// <summary>The provenance of a simulated detection.</summary>
    /// <param name="record">The detection.</param>
    /// <returns>Its source's provenance.</returns>
    public Provenance Of(DetectionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Kind switch
        {
            DetectionKind.Ground => BeachSensor,
            DetectionKind.Aerial => IsFrenchAircraft(record.Sensor) ? FrenchAircraft : UkAircraft,
            DetectionKind.Radar when record.SensorPosition is { } site => Station(record.Sensor, site),
            // A call is taken, and an outcome reported, by the centre of the SAR region it comes from.
            _ when record.Position is { } where => InFrenchRegion(where) ? FrenchStation : UkStation,
            _ => UkStation,
        };
    }

    /// <summary>The provenance of AIS heard by a receiver (both centres share the shore stations' AIS).</summary>
    /// <param name="receiverSite">Where the receiver stands, when known.</param>
    /// <returns>The station's provenance.</returns>
    public Provenance Ais(GeoPosition? receiverSite) => receiverSite is { } site && InFrenchRegion(site) ? FrenchStation : UkStation;

    // The simulator names aircraft after their state ("uk-aircraft-1", "fr-drone-1").
    private static bool IsFrenchAircraft(string sensor) => sensor.StartsWith("fr-", StringComparison.Ordinal);

    private Provenance Station(string sensor, GeoPosition site) =>
        _french.GetOrAdd(sensor, static (_, arg) => arg.Self.InFrenchRegion(arg.Site), (Self: this, Site: site)) ? FrenchStation : UkStation;

    private bool InFrenchRegion(GeoPosition position) => geography.ZonesAt(position).Any(z => z.Id == "sar-region-fr");
}
