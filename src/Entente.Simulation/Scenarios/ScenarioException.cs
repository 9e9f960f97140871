namespace Entente.Simulation.Scenarios;

/// <summary>A scenario file that cannot be run: bad JSON, a value out of range, or an unknown place.</summary>
public sealed class ScenarioException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ScenarioException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and where, in one sentence.</param>
    public ScenarioException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and where, in one sentence.</param>
    /// <param name="innerException">The cause.</param>
    public ScenarioException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
