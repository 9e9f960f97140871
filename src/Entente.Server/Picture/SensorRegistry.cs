using System.Text.Json;
using Entente.Core.Detections;
using Entente.Core.Geodesy;
using Entente.Core.Positions;
using Entente.Server.Apis;
using Entente.Simulation.Sensors;

namespace Entente.Server.Picture;

/// <summary>
/// The sensors the picture knows: those configured (the simulated scenario's sites, with their reach) and any other
/// that reports, learned from its detections. Each report marks its sensor heard; the shore AIS receivers feed one
/// stream of lines, so an AIS line marks them all heard. Thread-safe.
/// </summary>
internal sealed class SensorRegistry
{
    /// <summary>A sensor heard within this much picture time is live.</summary>
    public static readonly TimeSpan LiveWithin = TimeSpan.FromMinutes(2);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _sensors = new(StringComparer.Ordinal);

    /// <summary>Adds configured sensor sites (again: replaced).</summary>
    public void Register(IEnumerable<SensorSite> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        lock (_gate)
        {
            foreach (var site in sites)
            {
                var entry = _sensors.GetValueOrDefault(site.Id) ?? new Entry(site.Id, site.Kind);
                entry.Kind = site.Kind;
                entry.Position = site.Position;
                entry.RangeMetres = site.RangeMetres;
                _sensors[site.Id] = entry;
            }
        }
    }

    /// <summary>Marks a detection's sensor heard, learning it if new.</summary>
    public void Heard(DetectionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            if (!_sensors.TryGetValue(record.Sensor, out var entry))
            {
                entry = new Entry(record.Sensor, record.Kind switch
                {
                    DetectionKind.Radar => "radar",
                    DetectionKind.Ground => "beach",
                    DetectionKind.Aerial => "aircraft",
                    _ => "other",
                })
                {
                    // Only a radar says where it stands; a report's place is the boat's, not the phone's.
                    Position = record.SensorPosition,
                };
                _sensors[record.Sensor] = entry;
            }

            entry.Mark(record.Time);
        }
    }

    /// <summary>Marks the shore AIS receivers heard.</summary>
    public void HeardAis(DateTimeOffset time)
    {
        lock (_gate)
        {
            foreach (var entry in _sensors.Values)
            {
                if (entry.Kind == "ais-receiver")
                {
                    entry.Mark(time);
                }
            }
        }
    }

    /// <summary>Every sensor with its status at a time of the picture, by id.</summary>
    public IReadOnlyList<SensorResponse> Describe(DateTimeOffset now)
    {
        lock (_gate)
        {
            return [.. _sensors.Values.OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => new SensorResponse(e.Id, e.Kind, e.Id,
                e.Position?.LatitudeDegrees, e.Position?.LongitudeDegrees, e.RangeMetres,
                e.LastHeard is not { } heard ? "unheard" : now - heard <= LiveWithin ? "live" : "silent", e.LastHeard, e.Detections))];
        }
    }

    /// <summary>Writes the coverage of every sensor with a place and a reach as a GeoJSON FeatureCollection: a geodesic
    /// circle of 72 points per sensor.</summary>
    public static void WriteCoverage(Utf8JsonWriter writer, IReadOnlyList<SensorResponse> sensors)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sensors);
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        foreach (var s in sensors)
        {
            if (s.Lat is not { } lat || s.Lon is not { } lon || s.RangeMetres is not > 0)
            {
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString("type", "Feature");
            writer.WriteStartObject("properties");
            writer.WriteString("id", s.Id);
            writer.WriteString("kind", s.Kind);
            writer.WriteString("name", s.Name);
            writer.WriteString("status", s.Status);
            writer.WriteNumber("rangeMetres", s.RangeMetres.Value);
            writer.WriteEndObject();
            writer.WriteStartObject("geometry");
            writer.WriteString("type", "Polygon");
            writer.WriteStartArray("coordinates");
            writer.WriteStartArray();
            var centre = GeoPosition.FromDegrees(lat, lon);
            // Counter-clockwise, as RFC 7946 asks of an exterior ring: bearings decreasing.
            for (var k = 0; k <= 72; k++)
            {
                var p = Geodesic.Direct(centre, (360.0 - (k % 72 * 5.0)) % 360.0, s.RangeMetres.Value).Position;
                writer.WriteStartArray();
                writer.WriteNumberValue(Math.Round(p.LongitudeDegrees, 5));
                writer.WriteNumberValue(Math.Round(p.LatitudeDegrees, 5));
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private sealed class Entry(string id, string kind)
    {
        public string Id { get; } = id;

        public string Kind { get; set; } = kind;

        public GeoPosition? Position { get; set; }

        public double? RangeMetres { get; set; }

        public DateTimeOffset? LastHeard { get; private set; }

        public long Detections { get; private set; }

        public void Mark(DateTimeOffset time)
        {
            Detections++;
            LastHeard = LastHeard is { } last && last > time ? last : time;
        }
    }
}
