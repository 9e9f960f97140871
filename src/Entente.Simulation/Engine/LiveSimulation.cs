namespace Entente.Simulation.Engine;

/// <summary>
/// Runs a <see cref="Simulator"/> paced against a clock, for live feeds: the simulated time aimed at is the scenario's
/// start plus the wall time elapsed since <see cref="RunAsync"/> began, times <see cref="Speed"/>. A step is simulated
/// only once its end has been reached, so nothing is emitted ahead of (scaled) wall time.
/// </summary>
/// <remarks>
/// One run per instance. The simulator is stepped on the thread running <see cref="RunAsync"/>; the properties may be
/// read from any thread. The clock is read only through the injected <see cref="TimeProvider"/>.
/// </remarks>
public sealed class LiveSimulation
{
    /// <summary>The shortest wall-clock wait between advances: at high speeds, several steps are run per wait.</summary>
    public static readonly TimeSpan DefaultMinimumWait = TimeSpan.FromMilliseconds(50);

    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _minimumWait;
    private readonly TimeSpan _step;
    private readonly DateTimeOffset _pacedFrom;
    private long _simulatedTicks;
    private int _state;

    /// <summary>Creates a paced run.</summary>
    /// <param name="simulator">The simulator, not yet stepped.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="speed">Simulated seconds per wall second: 1 is real time; positive, at most 1,000,000.</param>
    /// <param name="minimumWait">The shortest wait between advances, positive; <see cref="DefaultMinimumWait"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">The speed or the wait is out of range.</exception>
    public LiveSimulation(Simulator simulator, TimeProvider timeProvider, double speed, TimeSpan? minimumWait = null)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (!double.IsFinite(speed) || speed <= 0 || speed > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(speed), speed, "The speed must be above 0 and at most 1,000,000.");
        }

        var wait = minimumWait ?? DefaultMinimumWait;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(wait, TimeSpan.Zero, nameof(minimumWait));
        Simulator = simulator;
        _timeProvider = timeProvider;
        Speed = speed;
        _minimumWait = wait;
        _step = TimeSpan.FromSeconds(simulator.Scenario.Document.StepSeconds);
        _simulatedTicks = simulator.Time.UtcTicks;
        // Paced from where the simulator stands: one already run ahead (fast-forwarded) goes on from there.
        _pacedFrom = simulator.Time;
    }

    /// <summary>The simulator being paced. Read its mutable state only from the thread running <see cref="RunAsync"/>.</summary>
    public Simulator Simulator { get; }

    /// <summary>Simulated seconds per wall second.</summary>
    public double Speed { get; }

    /// <summary>The simulated time reached (the end of the last step run), UTC; safe to read from any thread.</summary>
    public DateTimeOffset SimulatedTime => new(Interlocked.Read(ref _simulatedTicks), TimeSpan.Zero);

    /// <summary>True while <see cref="RunAsync"/> is running.</summary>
    public bool IsRunning => Volatile.Read(ref _state) == 1;

    /// <summary>The simulated time a wall time corresponds to, given the wall time the run began (when the simulator
    /// stood where it stood when this was created); capped at the end of the window.</summary>
    /// <param name="wallStart">When the run began.</param>
    /// <param name="wallNow">Now.</param>
    /// <returns>The target time, UTC.</returns>
    public DateTimeOffset TargetTime(DateTimeOffset wallStart, DateTimeOffset wallNow)
    {
        var elapsedTicks = Math.Max(0, (wallNow - wallStart).Ticks) * Speed;
        return _pacedFrom + TimeSpan.FromTicks((long)Math.Min(elapsedTicks, Math.Max(0, (Simulator.Scenario.End - _pacedFrom).Ticks)));
    }

    /// <summary>
    /// Steps the simulator as wall time passes until the end of the window or cancellation. Returns normally at the end
    /// of the window; throws <see cref="OperationCanceledException"/> when cancelled.
    /// </summary>
    /// <param name="afterAdvance">Called after each batch of steps (for example to flush what a sink collected); may be null.</param>
    /// <param name="cancellationToken">Stops the run between steps.</param>
    /// <returns>A task that completes when the window has been simulated.</returns>
    /// <exception cref="InvalidOperationException">The run was started before.</exception>
    public async Task RunAsync(Func<CancellationToken, Task>? afterAdvance, CancellationToken cancellationToken)
    {
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
        {
            throw new InvalidOperationException("A live simulation runs once.");
        }

        try
        {
            var wallStart = _timeProvider.GetUtcNow();
            var end = Simulator.Scenario.End;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var target = TargetTime(wallStart, _timeProvider.GetUtcNow());
                var stepped = false;
                // A step runs once its end is due; at the end of the window, the last (possibly partial) step runs too.
                while (!Simulator.IsFinished && (Simulator.Time + _step <= target || target >= end))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Simulator.Step();
                    Interlocked.Exchange(ref _simulatedTicks, Simulator.Time.UtcTicks);
                    stepped = true;
                }

                if (stepped && afterAdvance is not null)
                {
                    await afterAdvance(cancellationToken).ConfigureAwait(false);
                }

                if (Simulator.IsFinished)
                {
                    return;
                }

                await Task.Delay(WaitFor(wallStart, _timeProvider.GetUtcNow()), _timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            Volatile.Write(ref _state, 2);
        }
    }

    private TimeSpan WaitFor(DateTimeOffset wallStart, DateTimeOffset wallNow)
    {
        // The wall time at which the next step's end is due.
        var simulatedAhead = Simulator.Time + _step - _pacedFrom;
        var due = wallStart + TimeSpan.FromTicks((long)Math.Ceiling(simulatedAhead.Ticks / Speed));
        var wait = due - wallNow;
        return wait < _minimumWait ? _minimumWait : wait;
    }
}
