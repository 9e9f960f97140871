namespace Entente.Incidents.Incidents;

/// <summary>A vessel that could assist: from AIS, within the relay radius of the datum.</summary>
/// <param name="Mmsi">Its MMSI.</param>
/// <param name="Name">Its name, when known.</param>
/// <param name="DistanceMetres">Geodesic distance to the datum, metres.</param>
/// <param name="EtaMinutes">Time to the datum at its present speed (at least 10 kn when slower), minutes.</param>
public sealed record RelayCandidate(int Mmsi, string? Name, double DistanceMetres, double EtaMinutes);
