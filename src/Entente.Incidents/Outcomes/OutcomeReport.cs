using System.Globalization;
using Entente.Core.Detections;
using Entente.Core.Positions;

namespace Entente.Incidents.Outcomes;

/// <summary>
/// What a report said happened to a boat: prevented on a beach, intercepted, rescued or landed, with how many people,
/// where and when, and who reported it. Outcome reports are records in their own right (they are kept whether or not
/// an incident was opened), so that the night's counts come from what was reported rather than from guesses.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record OutcomeReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="number">Its number, from 1, unique within the picture.</param>
    /// <param name="time">When it happened (or, when not known, when it was reported), UTC.</param>
    /// <param name="outcome">What happened.</param>
    /// <param name="reporter">Who reported it: a sensor id, an asset id or a person's actor id.</param>
    public OutcomeReport(long number, DateTimeOffset time, BoatOutcome outcome, string reporter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(reporter);
        if (!Enum.IsDefined(outcome))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome.");
        }

        Number = number;
        Time = time;
        Outcome = outcome;
        Reporter = reporter;
    }

    /// <summary>The report number.</summary>
    public long Number { get; }

    /// <summary>The id people read, e.g. "OUT-00007".</summary>
    public string Id => string.Create(CultureInfo.InvariantCulture, $"OUT-{Number:D5}");

    /// <summary>When it happened, UTC.</summary>
    public DateTimeOffset Time { get; }

    /// <summary>What happened.</summary>
    public BoatOutcome Outcome { get; }

    /// <summary>Who reported it.</summary>
    public string Reporter { get; }

    /// <summary>People reported (prevented, taken aboard or landed), when known.</summary>
    public int? People { get; init; }

    /// <summary>Where, when known.</summary>
    public GeoPosition? Position { get; init; }

    /// <summary>The geographic feature it names by id (a beach for a prevented launch), when there is one.</summary>
    public string? Zone { get; init; }

    /// <summary>The track of the boat, when the picture tied the report to one.</summary>
    public long? Track { get; init; }

    /// <summary>The incident it belongs to, when there is one, e.g. "INC-00003".</summary>
    public string? Incident { get; init; }

    /// <summary>One sentence a watch officer reads.</summary>
    public string Message { get; init; } = string.Empty;
}
