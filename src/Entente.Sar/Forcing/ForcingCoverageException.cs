namespace Entente.Sar.Forcing;

/// <summary>Forcing (wind or current) does not cover the time or place of a drift run.</summary>
public sealed class ForcingCoverageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ForcingCoverageException()
    {
    }

    /// <summary>Creates the exception with a message that says what the forcing covers and what the run needs.</summary>
    /// <param name="message">The message.</param>
    public ForcingCoverageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ForcingCoverageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
