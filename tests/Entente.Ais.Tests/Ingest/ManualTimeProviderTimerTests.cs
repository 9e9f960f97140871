using Entente.Testing;

namespace Entente.Ais.Tests.Ingest;

/// <summary>The test clock's timers, which the replay and reconnection tests rely on.</summary>
public sealed class ManualTimeProviderTimerTests
{
    [Fact]
    public async Task Delay_CompletesOnlyWhenTheClockReachesIt()
    {
        var clock = new ManualTimeProvider();
        var delay = Task.Delay(TimeSpan.FromSeconds(10), clock, TestContext.Current.CancellationToken);
        Assert.Equal(1, clock.TimerCount);

        clock.Advance(TimeSpan.FromSeconds(9));
        Assert.False(delay.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        await delay.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        Assert.Equal(0, clock.TimerCount);
    }

    [Fact]
    public void Advance_FiresTimersInDueOrderWithTheClockAtEachDueTime()
    {
        var clock = new ManualTimeProvider();
        var start = clock.GetUtcNow();
        var fired = new List<(string, TimeSpan)>();
        using var late = clock.CreateTimer(_ => fired.Add(("late", clock.GetUtcNow() - start)), null, TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);
        using var periodic = clock.CreateTimer(_ => fired.Add(("tick", clock.GetUtcNow() - start)), null, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2));

        clock.Advance(TimeSpan.FromSeconds(7));

        Assert.Equal(
            [("tick", TimeSpan.FromSeconds(2)), ("tick", TimeSpan.FromSeconds(4)), ("late", TimeSpan.FromSeconds(5)), ("tick", TimeSpan.FromSeconds(6))],
            fired);
        Assert.Equal(TimeSpan.FromSeconds(7), clock.GetUtcNow() - start);
        Assert.Equal(1, clock.TimerCount);
    }

    [Fact]
    public void Dispose_CancelsTheTimer()
    {
        var clock = new ManualTimeProvider();
        var fired = false;
        var timer = clock.CreateTimer(_ => fired = true, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        timer.Dispose();
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False(fired);
        Assert.Equal(0, clock.TimerCount);
    }
}
