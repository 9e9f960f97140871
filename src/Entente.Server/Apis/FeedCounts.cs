namespace Entente.Server.Apis;

/// <summary>What a feed has delivered so far.</summary>
/// <param name="Detections">Detections stored.</param>
/// <param name="DetectionsLost">Detections not stored (invalid, or refused by the database).</param>
/// <param name="AisLines">AIS lines received.</param>
/// <param name="AisMessages">AIS messages decoded from those lines.</param>
public sealed record FeedCounts(long Detections, long DetectionsLost, long AisLines, long AisMessages);
