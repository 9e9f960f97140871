using Entente.Core.Detections;

namespace Entente.Storage.Detections;

/// <summary>A detection with the id the store gave it.</summary>
/// <param name="Id">The store's id, increasing in insertion order.</param>
/// <param name="Detection">The detection.</param>
public sealed record StoredDetection(long Id, Detection Detection);
