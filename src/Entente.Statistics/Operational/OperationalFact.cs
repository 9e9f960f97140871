namespace Entente.Statistics.Operational;

/// <summary>One thing counted, on the night of its time: a boat with its people and beach, an event, or a duration.</summary>
internal readonly record struct OperationalFact(DateTimeOffset Time, FactKind Kind, int People = 0, string? Beach = null, TimeSpan Duration = default);
