namespace Entente.Server.Apis;

/// <summary>Live tracks by class.</summary>
/// <param name="VesselAis">Ships identified by AIS.</param>
/// <param name="SmallBoat">Small boats.</param>
/// <param name="Unknown">Not yet classified.</param>
public sealed record TrackCounts(int VesselAis, int SmallBoat, int Unknown);
