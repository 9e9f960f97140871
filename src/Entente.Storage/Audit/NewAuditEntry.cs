using Entente.Core.Time;
using Entente.Storage.Events;

namespace Entente.Storage.Audit;

/// <summary>Something to record in the audit log, validated on construction.</summary>
/// <param name="Time">When it happened (the domain's clock), UTC; kept to the microsecond.</param>
/// <param name="Actor">Who did it: a user name, a feed client or "entente"; not blank.</param>
/// <param name="Agency">The actor's agency code; not blank.</param>
/// <param name="Action">What was done, e.g. "incident.close" or "read:intelligence"; not blank.</param>
/// <param name="Target">What it was done to, e.g. "INC-00007"; may be empty.</param>
/// <param name="Detail">More, in words or JSON; may be empty.</param>
/// <exception cref="ArgumentException">A field is blank where it must not be, not UTC, or not storable.</exception>
public sealed record NewAuditEntry(DateTimeOffset Time, string Actor, string Agency, string Action, string Target, string Detail)
{
    /// <summary>When, UTC, truncated to the microsecond (what both engines store exactly, and so what is hashed).</summary>
    public DateTimeOffset Time { get; } = AuditChain.ToMicroseconds(UtcTime.Require(Time, nameof(Time)));

    /// <summary>Who.</summary>
    public string Actor { get; } = EventText.RequireName(Actor, nameof(Actor));

    /// <summary>The actor's agency.</summary>
    public string Agency { get; } = EventText.RequireName(Agency, nameof(Agency));

    /// <summary>What was done.</summary>
    public string Action { get; } = EventText.RequireName(Action, nameof(Action));

    /// <summary>What it was done to; may be empty.</summary>
    public string Target { get; } = EventText.RequireStorable(Target, nameof(Target));

    /// <summary>More; may be empty.</summary>
    public string Detail { get; } = EventText.RequireStorable(Detail, nameof(Detail));
}
