using Entente.Simulation.Engine;
using Entente.Simulation.Output;
using Entente.Testing;

namespace Entente.Simulation.Tests.Engine;

public sealed class LiveSimulationTests
{
    private static readonly DateTimeOffset WallStart = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Run_ClockAdvances_ReachesTheTargetTimeAndNotBeyond()
    {
        var clock = new ManualTimeProvider(WallStart);
        var live = new LiveSimulation(new Simulator(TinyScenario.Create(), TinyScenario.Geography, new NullSink()), clock, speed: 1);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var run = live.RunAsync(null, stop.Token);

        await WaitUntilAsync(() => clock.TimerCount == 1);
        Assert.Equal(TinyScenario.Start, live.SimulatedTime);
        Assert.True(live.IsRunning);

        // One second at a time: the clock fires a timer at its due time, and the run re-arms its wait in between.
        for (var second = 1; second <= 10; second++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            var expected = TinyScenario.Start.AddSeconds(second);
            await WaitUntilAsync(() => live.SimulatedTime == expected && clock.TimerCount == 1);
        }
        // Half a step more of wall time: the next step's end is not due yet, so nothing is simulated ahead of the clock.
        clock.Advance(TimeSpan.FromMilliseconds(500));
        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.Equal(TinyScenario.Start.AddSeconds(10), live.SimulatedTime);

        clock.Advance(TimeSpan.FromMilliseconds(500));
        await WaitUntilAsync(() => live.SimulatedTime == TinyScenario.Start.AddSeconds(11) && clock.TimerCount == 1);

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.False(live.IsRunning);
        Assert.False(live.Simulator.IsFinished);
    }

    [Fact]
    public async Task ASimulatorSkippedAhead_WritesNothingThere_AndIsPacedFromWhereItStands()
    {
        var clock = new ManualTimeProvider(WallStart);
        var sink = new StepCounter();
        var simulator = new Simulator(TinyScenario.Create(), TinyScenario.Geography, sink);

        simulator.SkipTo(TinyScenario.Start.AddMinutes(5), TestContext.Current.CancellationToken);

        Assert.Equal(TinyScenario.Start.AddMinutes(5), simulator.Time);
        Assert.Equal(0, sink.Steps);
        var live = new LiveSimulation(simulator, clock, speed: 1);
        Assert.Equal(TinyScenario.Start.AddMinutes(5), live.TargetTime(WallStart, WallStart));
        Assert.Equal(TinyScenario.Start.AddMinutes(5).AddSeconds(30), live.TargetTime(WallStart, WallStart.AddSeconds(30)));
        Assert.Equal(TinyScenario.Start.AddMinutes(10), live.TargetTime(WallStart, WallStart.AddHours(1)));

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var run = live.RunAsync(null, stop.Token);
        await WaitUntilAsync(() => clock.TimerCount == 1);
        clock.Advance(TimeSpan.FromSeconds(1));
        await WaitUntilAsync(() => live.SimulatedTime == TinyScenario.Start.AddMinutes(5).AddSeconds(1) && clock.TimerCount == 1);
        Assert.Equal(1, sink.Steps);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    [Fact]
    public async Task Run_Faster_SimulatesSpeedTimesTheWallTime()
    {
        var clock = new ManualTimeProvider(WallStart);
        var live = new LiveSimulation(new Simulator(TinyScenario.Create(), TinyScenario.Geography, new NullSink()), clock, speed: 60, TimeSpan.FromSeconds(1));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var run = live.RunAsync(null, stop.Token);

        await WaitUntilAsync(() => clock.TimerCount == 1);
        clock.Advance(TimeSpan.FromSeconds(1));
        await WaitUntilAsync(() => live.SimulatedTime == TinyScenario.Start.AddMinutes(1) && clock.TimerCount == 1);
        clock.Advance(TimeSpan.FromSeconds(1));
        await WaitUntilAsync(() => live.SimulatedTime == TinyScenario.Start.AddMinutes(2) && clock.TimerCount == 1);

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    [Fact]
    public async Task Run_ToTheEndOfTheWindow_FinishesThere()
    {
        var clock = new ManualTimeProvider(WallStart);
        var scenario = TinyScenario.Create(minutes: 2);
        var live = new LiveSimulation(new Simulator(scenario, TinyScenario.Geography, new NullSink()), clock, speed: 30, TimeSpan.FromSeconds(1));
        var advances = 0;
        var run = live.RunAsync(_ => { advances++; return Task.CompletedTask; }, TestContext.Current.CancellationToken);

        for (var i = 0; i < 10 && !run.IsCompleted; i++)
        {
            await WaitUntilAsync(() => clock.TimerCount == 1 || run.IsCompleted);
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.True(live.Simulator.IsFinished);
        Assert.Equal(scenario.End, live.SimulatedTime);
        Assert.Equal(4, advances);
        Assert.False(live.IsRunning);
        Assert.Equal(0, clock.TimerCount);
    }

    [Fact]
    public async Task Run_Twice_IsRefused()
    {
        var clock = new ManualTimeProvider(WallStart);
        var live = new LiveSimulation(new Simulator(TinyScenario.Create(), TinyScenario.Geography, new NullSink()), clock, speed: 1);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var run = live.RunAsync(null, stop.Token);
        await Assert.ThrowsAsync<InvalidOperationException>(() => live.RunAsync(null, stop.Token));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(2e6)]
    public void Create_SpeedOutOfRange_Throws(double speed)
    {
        var simulator = new Simulator(TinyScenario.Create(), TinyScenario.Geography, new NullSink());
        Assert.Throws<ArgumentOutOfRangeException>(() => new LiveSimulation(simulator, new ManualTimeProvider(WallStart), speed));
    }

    [Fact]
    public void TargetTime_ScalesElapsedWallTime_AndStopsAtTheEnd()
    {
        var scenario = TinyScenario.Create();
        var live = new LiveSimulation(new Simulator(scenario, TinyScenario.Geography, new NullSink()), new ManualTimeProvider(WallStart), speed: 10);

        Assert.Equal(scenario.Start, live.TargetTime(WallStart, WallStart));
        Assert.Equal(scenario.Start.AddSeconds(25), live.TargetTime(WallStart, WallStart.AddSeconds(2.5)));
        Assert.Equal(scenario.End, live.TargetTime(WallStart, WallStart.AddHours(1)));
        Assert.Equal(scenario.Start, live.TargetTime(WallStart, WallStart.AddSeconds(-5)));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        // The run continues on the thread pool after a timer fires, so the test waits (in real time) for it to settle.
        var deadline = Environment.TickCount64 + 10_000;
        while (!condition())
        {
            Assert.True(Environment.TickCount64 < deadline, "timed out");
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
    }

    private sealed class NullSink : ISimulationSink
    {
        public void Truth(TruthRecord record)
        {
        }

        public void Detection(Core.Detections.DetectionRecord record)
        {
        }

        public void Ais(DateTimeOffset time, string line)
        {
        }

        public void StepCompleted(DateTimeOffset time)
        {
        }
    }

    private sealed class StepCounter : ISimulationSink
    {
        private int _steps;

        public int Steps => Volatile.Read(ref _steps);

        public void Truth(TruthRecord record)
        {
        }

        public void Detection(Core.Detections.DetectionRecord record)
        {
        }

        public void Ais(DateTimeOffset time, string line)
        {
        }

        public void StepCompleted(DateTimeOffset time) => Interlocked.Increment(ref _steps);
    }
}
