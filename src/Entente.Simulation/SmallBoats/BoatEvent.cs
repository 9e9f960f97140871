namespace Entente.Simulation.SmallBoats;

/// <summary>An event at a time after launch; <paramref name="Asset"/> names the vessel for rescue and intercept ("nearest" for any).</summary>
internal sealed record BoatEvent(TimeSpan AfterLaunch, BoatEventKind Kind, string? Asset);
