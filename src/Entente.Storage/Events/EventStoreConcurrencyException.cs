namespace Entente.Storage.Events;

/// <summary>An append expected a stream version that the stream no longer (or not yet) has; nothing was appended.</summary>
public sealed class EventStoreConcurrencyException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="stream">The stream appended to.</param>
    /// <param name="expectedVersion">The version the caller expected.</param>
    /// <param name="actualVersion">The version the stream had.</param>
    /// <param name="innerException">The database error that revealed the conflict, if any.</param>
    public EventStoreConcurrencyException(string stream, int expectedVersion, int actualVersion, Exception? innerException = null)
        : base($"Stream '{stream}' is at version {actualVersion}, not the expected {expectedVersion}: read it again and retry.",
            innerException)
    {
        Stream = stream;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>The stream appended to.</summary>
    public string Stream { get; }

    /// <summary>The version the caller expected.</summary>
    public int ExpectedVersion { get; }

    /// <summary>The version the stream had when the append was refused.</summary>
    public int ActualVersion { get; }
}
