namespace Entente.Ais.Ingest;

/// <summary>Replays a recording at its original pace, from the tag-block <c>c:</c> times of its messages.</summary>
/// <remarks>Messages without a <c>c:</c> time are delivered at once. A jump back in time, or forward by more than
/// <see cref="MaxPauseSeconds"/> of replay time, restarts the pacing from that message instead of waiting.</remarks>
public sealed record AisReplayOptions
{
    /// <summary>How much faster than real time to replay: 1 is the original pace, 10 ten times faster. Must be positive.</summary>
    public double ReplaySpeedFactor { get; init; } = 1;

    /// <summary>The longest single pause, in seconds of wall time (after the speed factor); longer gaps are cut to this. Default 60.</summary>
    public double MaxPauseSeconds { get; init; } = 60;
}
