namespace Entente.Rules.Alerts;

/// <summary>One change of an alert, as recorded: what, when, who (a person, or "entente" for the system), and why; with
/// the alert as it stands after the change.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Time">When.</param>
/// <param name="Actor">Who: a user, or "entente".</param>
/// <param name="Reason">Why, in one sentence.</param>
/// <param name="Alert">The alert after the change.</param>
public sealed record AlertChange(AlertChangeKind Kind, DateTimeOffset Time, string Actor, string Reason, Alert Alert);
