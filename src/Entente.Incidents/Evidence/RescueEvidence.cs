using Entente.Core.Positions;

namespace Entente.Incidents.Evidence;

/// <summary>
/// What a centre offers to close an incident: how many people were rescued or landed, where and when, and, where known,
/// which caller they included and which asset took them. Closure happens only when this matches the incident.
/// </summary>
/// <remarks>Immutable and validated.</remarks>
public sealed record RescueEvidence
{
    /// <summary>Creates evidence.</summary>
    /// <param name="people">People rescued or landed; at least 1.</param>
    /// <param name="place">Where they were taken aboard or landed.</param>
    /// <param name="time">When.</param>
    /// <param name="landed">True when they landed ashore rather than being taken aboard.</param>
    /// <param name="caller">The caller id among them, when known.</param>
    /// <param name="assetId">The asset that took them, when one did.</param>
    /// <exception cref="ArgumentOutOfRangeException">People is less than 1.</exception>
    public RescueEvidence(int people, GeoPosition place, DateTimeOffset time, bool landed = false, string? caller = null, string? assetId = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(people, 1);
        People = people;
        Place = place;
        Time = time;
        Landed = landed;
        Caller = string.IsNullOrWhiteSpace(caller) ? null : caller;
        AssetId = string.IsNullOrWhiteSpace(assetId) ? null : assetId;
    }

    /// <summary>People rescued or landed.</summary>
    public int People { get; }

    /// <summary>Where.</summary>
    public GeoPosition Place { get; }

    /// <summary>When.</summary>
    public DateTimeOffset Time { get; }

    /// <summary>True when they landed ashore.</summary>
    public bool Landed { get; }

    /// <summary>A caller id among them, when known.</summary>
    public string? Caller { get; }

    /// <summary>The asset that took them, when one did.</summary>
    public string? AssetId { get; }
}
