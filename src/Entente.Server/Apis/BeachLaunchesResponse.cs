namespace Entente.Server.Apis;

/// <summary>A launch beach of the geography and the launches detected from it over the range.</summary>
/// <param name="Id">The feature id, e.g. "beach-wimereux".</param>
/// <param name="Name">Its name.</param>
/// <param name="Lat">Latitude of its centre, degrees (6 decimals).</param>
/// <param name="Lon">Longitude of its centre, degrees (6 decimals).</param>
/// <param name="Launches">Launches detected from it over the range (0 allowed).</param>
public sealed record BeachLaunchesResponse(string Id, string Name, double Lat, double Lon, int Launches);
