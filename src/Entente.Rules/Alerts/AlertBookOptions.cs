namespace Entente.Rules.Alerts;

/// <summary>How long each severity may wait for an acknowledgement before it escalates.</summary>
/// <remarks>Defaults follow a watch floor's expectations: distress at once, urgent within minutes, warnings within a
/// quarter of an hour; information never escalates.</remarks>
public sealed record AlertBookOptions
{
    /// <summary>Distress alerts: 1 minute.</summary>
    public TimeSpan AcknowledgeDistressWithin { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Urgent alerts: 3 minutes.</summary>
    public TimeSpan AcknowledgeUrgentWithin { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Warnings: 15 minutes.</summary>
    public TimeSpan AcknowledgeWarningWithin { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How many times one alert may escalate; 2 by default (to the watch supervisor, then to both centres'
    /// duty managers). After that it stays at the top of the list, unacknowledged, without filling the record.</summary>
    public int MaxEscalations { get; init; } = 2;

    /// <summary>The time allowed for a severity, or null when it never escalates.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The time allowed.</returns>
    public TimeSpan? AcknowledgeWithin(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Distress => AcknowledgeDistressWithin,
        AlertSeverity.Urgent => AcknowledgeUrgentWithin,
        AlertSeverity.Warning => AcknowledgeWarningWithin,
        _ => null,
    };

    /// <summary>Checks every value.</summary>
    /// <returns>This instance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A time is not positive.</exception>
    public AlertBookOptions Validate()
    {
        foreach (var (name, value) in new[]
                 {
                     (nameof(AcknowledgeDistressWithin), AcknowledgeDistressWithin),
                     (nameof(AcknowledgeUrgentWithin), AcknowledgeUrgentWithin),
                     (nameof(AcknowledgeWarningWithin), AcknowledgeWarningWithin),
                 })
        {
            if (value <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(name, value, "An acknowledgement time must be positive.");
            }
        }

        ArgumentOutOfRangeException.ThrowIfNegative(MaxEscalations);
        return this;
    }
}
