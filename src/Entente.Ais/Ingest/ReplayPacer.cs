namespace Entente.Ais.Ingest;

/// <summary>Holds messages back so that they come out at the pace of their tag-block times.</summary>
internal sealed class ReplayPacer
{
    private readonly TimeProvider _clock;
    private readonly double _speedFactor;
    private readonly TimeSpan _maxPause;
    private bool _anchored;
    private long _anchorTagMilliseconds;
    private long _anchorTimestamp;
    private long _lastTagMilliseconds;

    public ReplayPacer(AisReplayOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!(options.ReplaySpeedFactor > 0) || !double.IsFinite(options.ReplaySpeedFactor))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ReplaySpeedFactor, "The replay speed factor must be a positive number.");
        }

        if (!(options.MaxPauseSeconds >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxPauseSeconds, "The longest pause must not be negative.");
        }

        _clock = clock;
        _speedFactor = options.ReplaySpeedFactor;
        _maxPause = TimeSpan.FromSeconds(options.MaxPauseSeconds);
    }

    public async ValueTask WaitAsync(AisReceived message, CancellationToken cancellationToken)
    {
        if (!message.ReceivedAtFromTagBlock)
        {
            return;
        }

        var tag = message.ReceivedAt.ToUnixTimeMilliseconds();
        if (!_anchored || tag < _lastTagMilliseconds)
        {
            Anchor(tag);
            return;
        }

        _lastTagMilliseconds = tag;
        var due = TimeSpan.FromMilliseconds((tag - _anchorTagMilliseconds) / _speedFactor) - _clock.GetElapsedTime(_anchorTimestamp);
        if (due <= TimeSpan.Zero)
        {
            return;
        }

        if (due > _maxPause)
        {
            // A gap in the recording: wait the longest pause, then pace from here.
            await Task.Delay(_maxPause, _clock, cancellationToken);
            Anchor(tag);
            return;
        }

        await Task.Delay(due, _clock, cancellationToken);
    }

    private void Anchor(long tag)
    {
        _anchored = true;
        _anchorTagMilliseconds = tag;
        _lastTagMilliseconds = tag;
        _anchorTimestamp = _clock.GetTimestamp();
    }
}
