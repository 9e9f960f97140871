using Entente.Core.Detections;

namespace Entente.Storage.Detections;

/// <summary>Append-only storage of detections, queried by time.</summary>
public interface IDetectionStore
{
    /// <summary>Appends detections atomically: all are stored or none.</summary>
    /// <param name="detections">The detections.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The ids assigned, in the order given.</returns>
    Task<IReadOnlyList<long>> AppendAsync(IReadOnlyList<Detection> detections, CancellationToken cancellationToken);

    /// <summary>Detections with from ≤ time &lt; to, in time order then id order.</summary>
    /// <param name="query">The time window and limit.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The detections found.</returns>
    Task<IReadOnlyList<StoredDetection>> QueryAsync(DetectionQuery query, CancellationToken cancellationToken);

    /// <summary>How many detections are stored.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The count.</returns>
    Task<long> CountAsync(CancellationToken cancellationToken);
}
