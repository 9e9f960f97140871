using System.Buffers;

namespace Entente.Sar.Forcing;

/// <summary>The sum of two fields: a tidal stream and a wind-driven or residual current make the total surface current.</summary>
/// <remarks>Immutable; covers a run when both do.</remarks>
public sealed class SumOfFields : IVectorField
{
    private readonly IVectorField _first;
    private readonly IVectorField _second;

    /// <summary>Creates the sum.</summary>
    /// <param name="first">One field.</param>
    /// <param name="second">The other.</param>
    public SumOfFields(IVectorField first, IVectorField second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        _first = first;
        _second = second;
    }

    /// <inheritdoc />
    public string Description => $"{_first.Description} + {_second.Description}";

    /// <inheritdoc />
    public void Sample(DateTimeOffset time, ReadOnlySpan<double> eastingsMetres, ReadOnlySpan<double> northingsMetres,
        Span<double> eastMetresPerSecond, Span<double> northMetresPerSecond)
    {
        var count = eastingsMetres.Length;
        _first.Sample(time, eastingsMetres, northingsMetres, eastMetresPerSecond, northMetresPerSecond);
        // Pooled: this runs for every chunk of particles on every step.
        var east = ArrayPool<double>.Shared.Rent(count);
        var north = ArrayPool<double>.Shared.Rent(count);
        try
        {
            _second.Sample(time, eastingsMetres, northingsMetres, east.AsSpan(0, count), north.AsSpan(0, count));
            for (var i = 0; i < count; i++)
            {
                eastMetresPerSecond[i] += east[i];
                northMetresPerSecond[i] += north[i];
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(east);
            ArrayPool<double>.Shared.Return(north);
        }
    }

    /// <inheritdoc />
    public void EnsureCovers(DateTimeOffset first, DateTimeOffset last, ProjectedArea area)
    {
        _first.EnsureCovers(first, last, area);
        _second.EnsureCovers(first, last, area);
    }
}
