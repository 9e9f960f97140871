namespace Entente.Incidents.Incidents;

/// <summary>An action on an incident was refused; nothing was recorded. The message says why, for the person who asked.</summary>
public sealed class IncidentActionException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="refusal">Why it was refused.</param>
    /// <param name="message">One sentence for the person who asked.</param>
    public IncidentActionException(IncidentActionRefusal refusal, string message)
        : base(message) => Refusal = refusal;

    /// <summary>Creates the exception with no detail (for serialisers).</summary>
    public IncidentActionException()
        : this(IncidentActionRefusal.InvalidState, "The action was refused.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public IncidentActionException(string message)
        : this(IncidentActionRefusal.InvalidState, message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public IncidentActionException(string message, Exception innerException)
        : base(message, innerException) => Refusal = IncidentActionRefusal.InvalidState;

    /// <summary>Why it was refused.</summary>
    public IncidentActionRefusal Refusal { get; }
}
