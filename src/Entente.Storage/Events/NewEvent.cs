using System.Text.Json;
using Entente.Core.Time;

namespace Entente.Storage.Events;

/// <summary>An event to append to a stream, validated on construction.</summary>
/// <param name="Type">What happened, e.g. "IncidentOpened"; not blank.</param>
/// <param name="Time">
/// When it happened in the domain (simulated or real), UTC; kept to the microsecond, which both engines store exactly.
/// </param>
/// <param name="Actor">Who caused it (an operator, a rule, a system); not blank.</param>
/// <param name="Centre">The coordination centre it was recorded at; not blank.</param>
/// <param name="Reason">Why, in the actor's words; may be empty.</param>
/// <param name="PayloadJson">The event's data: a JSON object, stored and returned as the same text.</param>
/// <exception cref="ArgumentException">A field is blank, not UTC, not storable, or the payload is not a JSON object.</exception>
public sealed record NewEvent(string Type, DateTimeOffset Time, string Actor, string Centre, string Reason, string PayloadJson)
{
    /// <summary>What happened.</summary>
    public string Type { get; } = EventText.RequireName(Type, nameof(Type));

    /// <summary>When it happened in the domain, UTC, truncated to the microsecond.</summary>
    public DateTimeOffset Time { get; } = ToMicroseconds(UtcTime.Require(Time, nameof(Time)));

    /// <summary>Who caused it.</summary>
    public string Actor { get; } = EventText.RequireName(Actor, nameof(Actor));

    /// <summary>The coordination centre it was recorded at.</summary>
    public string Centre { get; } = EventText.RequireName(Centre, nameof(Centre));

    /// <summary>Why; may be empty.</summary>
    public string Reason { get; } = EventText.RequireStorable(Reason, nameof(Reason));

    /// <summary>The event's data, a JSON object.</summary>
    public string PayloadJson { get; } = RequireJsonObject(PayloadJson, nameof(PayloadJson));

    // Both engines keep microseconds; truncating here makes the stored event equal to the one appended.
    private static DateTimeOffset ToMicroseconds(DateTimeOffset time) =>
        time.AddTicks(-(time.UtcTicks % TimeSpan.TicksPerMicrosecond));

    private static string RequireJsonObject(string? json, string paramName)
    {
        EventText.RequireStorable(json, paramName);
        try
        {
            using var document = JsonDocument.Parse(json!);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? json!
                : throw new ArgumentException(
                    $"{paramName} must be a JSON object ({{...}}); got a JSON {document.RootElement.ValueKind}.", paramName);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"{paramName} is not valid JSON: {ex.Message}", paramName, ex);
        }
    }
}
