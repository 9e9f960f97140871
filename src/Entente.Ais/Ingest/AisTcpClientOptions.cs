namespace Entente.Ais.Ingest;

/// <summary>How an <see cref="AisTcpClientSource"/> connects and reconnects.</summary>
/// <remarks>
/// After a failed attempt or a lost connection the source waits <see cref="InitialBackoffSeconds"/>, doubling
/// (<see cref="BackoffMultiplier"/>) after each further failure up to <see cref="MaxBackoffSeconds"/>; a connection that
/// delivers data starts the sequence again.
/// </remarks>
public sealed record AisTcpClientOptions
{
    /// <summary>The first wait before reconnecting, in seconds. Default 1.</summary>
    public double InitialBackoffSeconds { get; init; } = 1;

    /// <summary>The longest wait before reconnecting, in seconds. Default 60.</summary>
    public double MaxBackoffSeconds { get; init; } = 60;

    /// <summary>The factor the wait grows by after each failure. Default 2.</summary>
    public double BackoffMultiplier { get; init; } = 2;

    /// <summary>How long one connection attempt may take, in seconds. Default 10.</summary>
    public double ConnectTimeoutSeconds { get; init; } = 10;

    /// <summary>Reconnect when no byte arrives for this many seconds (a silent or half-open feed); 0 never. Default 300.</summary>
    public double IdleTimeoutSeconds { get; init; } = 300;
}
