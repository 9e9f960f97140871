namespace Entente.Simulation.Sensors;

/// <summary>Turns an offset into the current step into a detection time that stays inside the step.</summary>
internal static class StepTime
{
    private const double TicksPerSecond = TimeSpan.TicksPerSecond;

    /// <summary>The time <paramref name="offsetSeconds"/> after <paramref name="stepStart"/>, truncated to a tick and
    /// clamped to [start, start + step), so that rounding never pushes a detection into the next step.</summary>
    public static DateTimeOffset At(DateTimeOffset stepStart, double stepSeconds, double offsetSeconds)
    {
        var stepTicks = (long)Math.Round(stepSeconds * TicksPerSecond);
        var ticks = Math.Clamp((long)Math.Floor(offsetSeconds * TicksPerSecond), 0, Math.Max(0, stepTicks - 1));
        return stepStart + TimeSpan.FromTicks(ticks);
    }
}
