namespace Entente.Cli;

/// <summary>Bad input to a command: reported as one line on stderr with exit code 2.</summary>
public sealed class CommandInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CommandInputException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, for the user.</param>
    public CommandInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, for the user.</param>
    /// <param name="innerException">The cause.</param>
    public CommandInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
