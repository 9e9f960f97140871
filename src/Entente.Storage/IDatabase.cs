using Entente.Storage.Audit;
using Entente.Storage.Detections;
using Entente.Storage.Events;
using Entente.Storage.Intelligence;
using Entente.Storage.Official;
using Entente.Storage.Users;

namespace Entente.Storage;

/// <summary>
/// One Entente database, whatever the engine: migrations, health and the record stores.
/// </summary>
/// <remarks>Implementations are thread-safe: each operation opens its own pooled connection.</remarks>
public interface IDatabase : IAsyncDisposable
{
    /// <summary>The engine.</summary>
    StorageProvider Provider { get; }

    /// <summary>Detections as received from sensors and reports.</summary>
    IDetectionStore Detections { get; }

    /// <summary>Append-only event streams (incidents, alerts), with a global order for projections.</summary>
    IEventStore Events { get; }

    /// <summary>Intelligence notes, read through the reader's agency.</summary>
    IIntelligenceStore Intelligence { get; }

    /// <summary>Users and their bearer tokens.</summary>
    IUserStore Users { get; }

    /// <summary>The append-only, hash-chained audit log.</summary>
    IAuditLog Audit { get; }

    /// <summary>The imported official series (small-boat arrivals, crossings prevented by France).</summary>
    IOfficialSeriesStore OfficialSeries { get; }

    /// <summary>Brings the schema up to date; safe to call on every start and from several processes.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The schema version after migrating.</returns>
    Task<int> MigrateAsync(CancellationToken cancellationToken);

    /// <summary>Checks that the database answers and reports its state; never throws for a database fault.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The health report.</returns>
    Task<DatabaseHealth> CheckHealthAsync(CancellationToken cancellationToken);
}
