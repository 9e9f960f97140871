namespace Entente.Server.Apis;

/// <summary>A rescue or patrol asset that can be tasked.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">What it is, e.g. "lifeboat".</param>
/// <param name="Nation">"UK" or "FR".</param>
/// <param name="Operator">Who operates it.</param>
/// <param name="Lat">Where: latitude.</param>
/// <param name="Lon">Where: longitude.</param>
/// <param name="SpeedKnots">Transit speed, knots.</param>
public sealed record AssetResponse(string Id, string Name, string Kind, string Nation, string Operator, double Lat, double Lon, double SpeedKnots);
