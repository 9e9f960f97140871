using Entente.Core.Positions;

namespace Entente.Simulation.Sensors;

/// <summary>Where a simulated sensor is and how far it reaches, for maps of coverage and sensor status.</summary>
/// <param name="Id">The sensor id, as written in its detections (an aircraft's and a receiver's own id).</param>
/// <param name="Kind"><c>radar</c>, <c>beach</c>, <c>aircraft</c> or <c>ais-receiver</c>.</param>
/// <param name="Position">The antenna, the beach sensor, or the centre of an aircraft's orbit.</param>
/// <param name="RangeMetres">How far it sees: a radar's maximum range, a beach sensor's range, an orbit's radius plus the aircraft's footprint, a receiver's range.</param>
public sealed record SensorSite(string Id, string Kind, GeoPosition Position, double RangeMetres);
