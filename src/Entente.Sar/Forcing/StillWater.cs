namespace Entente.Sar.Forcing;

/// <summary>No current (or no wind): a zero field.</summary>
public sealed class StillWater : IVectorField
{
    /// <summary>The one instance.</summary>
    public static StillWater Instance { get; } = new();

    private StillWater()
    {
    }

    /// <inheritdoc />
    public string Description => "none";

    /// <inheritdoc />
    public void Sample(DateTimeOffset time, ReadOnlySpan<double> eastingsMetres, ReadOnlySpan<double> northingsMetres,
        Span<double> eastMetresPerSecond, Span<double> northMetresPerSecond)
    {
        eastMetresPerSecond[..eastingsMetres.Length].Clear();
        northMetresPerSecond[..eastingsMetres.Length].Clear();
    }

    /// <inheritdoc />
    public void EnsureCovers(DateTimeOffset first, DateTimeOffset last, ProjectedArea area)
    {
    }
}
