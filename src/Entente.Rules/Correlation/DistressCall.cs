using Entente.Core.Detections;
using Entente.Core.Positions;

namespace Entente.Rules.Correlation;

/// <summary>
/// One distress report as the correlator took it in: who called, how, where they said they were, how many people they
/// said, and which tracks this call alone pointed to when it came in.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record DistressCall
{
    internal DistressCall(long number, DetectionRecord record, GeoPosition? position, double? sigmaMetres)
    {
        Number = number;
        Record = record;
        Time = record.Time;
        Sensor = record.Sensor;
        Caller = string.IsNullOrWhiteSpace(record.Caller) ? null : record.Caller;
        Source = string.IsNullOrWhiteSpace(record.Source) ? null : record.Source;
        People = record.People is > 0 ? record.People : null;
        Position = position;
        SigmaMetres = sigmaMetres;
    }

    /// <summary>The call number, from 1, in the order the correlator took calls in.</summary>
    public long Number { get; }

    /// <summary>When the call was received.</summary>
    public DateTimeOffset Time { get; }

    /// <summary>The line or source it came in on.</summary>
    public string Sensor { get; }

    /// <summary>The caller's opaque id, or null when the call did not say.</summary>
    public string? Caller { get; }

    /// <summary>How it came in (phone, relay, vhf, ngo), or null.</summary>
    public string? Source { get; }

    /// <summary>The position given, or null when there was none that could be used.</summary>
    public GeoPosition? Position { get; }

    /// <summary>One-sigma error of <see cref="Position"/>, metres, or null with no position.</summary>
    public double? SigmaMetres { get; }

    /// <summary>People the caller said were aboard, or null.</summary>
    public int? People { get; }

    /// <summary>The report as received, kept whole so that nothing it said is lost.</summary>
    public DetectionRecord Record { get; }

    /// <summary>The tracks this call alone pointed to when it came in, most likely first.</summary>
    public IReadOnlyList<CaseCandidate> Candidates { get; internal init; } = [];

    /// <summary>Probability, from this call alone, that it came from a boat no track follows.</summary>
    public double NoneProbability { get; internal init; } = 1;

    /// <summary>The most likely track from this call alone, or null when "no track" is more likely.</summary>
    public long? BestTrackId { get; internal init; }

    /// <summary>How well this call alone was tied to a track.</summary>
    public CaseCorrelation Correlation { get; internal init; } = CaseCorrelation.Uncorrelated;

    /// <summary>When the call was put in its case by a track tie rather than by its caller: why; otherwise null.</summary>
    public string? JoinedReason { get; internal init; }
}
