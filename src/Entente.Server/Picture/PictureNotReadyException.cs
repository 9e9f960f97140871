namespace Entente.Server.Picture;

/// <summary>The live picture has not started yet (the feed is still loading, or no feed is configured).</summary>
public sealed class PictureNotReadyException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public PictureNotReadyException()
        : base("The live picture has not started yet.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public PictureNotReadyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PictureNotReadyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
