using System.Data.Common;
using Entente.Storage.Migrations;

namespace Entente.Storage;

/// <summary>What differs between engines; everything else is shared ADO.NET code.</summary>
internal abstract class SqlDialect
{
    public abstract StorageProvider Provider { get; }

    public abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>Creates an unopened connection.</summary>
    public abstract DbConnection CreateConnection();

    /// <summary>Prepares a freshly opened connection (pragmas, session settings).</summary>
    public virtual Task InitialiseConnectionAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Serialises concurrent migrators (several processes starting at once) inside the transaction.</summary>
    public abstract Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>
    /// Serialises event appends inside the transaction, so that global positions are assigned and committed in the
    /// same order and a reader resuming after a position never misses a later commit.
    /// </summary>
    public abstract Task LockForAppendAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Serialises audit-log appends inside the transaction, so that each entry chains to the one before.</summary>
    public abstract Task LockForAuditAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Whether an error is a unique-constraint violation.</summary>
    public abstract bool IsUniqueViolation(DbException exception);

    /// <summary>SQL returning the engine's version text.</summary>
    public abstract string ServerVersionSql { get; }

    /// <summary>The spatial extension in use, or null.</summary>
    public virtual Task<string?> SpatialExtensionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);

    /// <summary>The value stored for an instant.</summary>
    public abstract object ToDbTime(DateTimeOffset time);

    /// <summary>The instant read back from a column.</summary>
    public abstract DateTimeOffset FromDbTime(DbDataReader reader, int ordinal);

    /// <summary>Releases pooled resources.</summary>
    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
