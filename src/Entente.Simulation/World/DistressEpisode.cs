namespace Entente.Simulation.World;

/// <summary>A boat in trouble from <see cref="Since"/>; its people call until <see cref="Until"/> (rescue, or the end).</summary>
internal sealed class DistressEpisode(SimObject boat, DateTimeOffset since, string reason)
{
    public SimObject Boat { get; } = boat;

    public DateTimeOffset Since { get; } = since;

    public string Reason { get; } = reason;

    public DateTimeOffset? Until { get; set; }
}
