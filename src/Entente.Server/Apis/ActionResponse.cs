namespace Entente.Server.Apis;

/// <summary>An action's answer: it is on the record, committed at these positions of the event log.</summary>
/// <param name="Positions">The event-log positions written, in order.</param>
/// <param name="Outcome">What happened, in one sentence.</param>
public sealed record ActionResponse(IReadOnlyList<long> Positions, string Outcome);
