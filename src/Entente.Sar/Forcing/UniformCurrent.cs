using System.Globalization;

namespace Entente.Sar.Forcing;

/// <summary>The same current everywhere and always: for tests with a known answer, and for a stream measured on scene.</summary>
/// <remarks>Immutable.</remarks>
public sealed class UniformCurrent : IVectorField
{
    /// <summary>Creates the current.</summary>
    /// <param name="eastMetresPerSecond">East component, m/s.</param>
    /// <param name="northMetresPerSecond">North component, m/s.</param>
    /// <exception cref="ArgumentOutOfRangeException">A component is not finite or beyond 10 m/s.</exception>
    public UniformCurrent(double eastMetresPerSecond, double northMetresPerSecond)
    {
        if (!double.IsFinite(eastMetresPerSecond) || Math.Abs(eastMetresPerSecond) > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(eastMetresPerSecond), eastMetresPerSecond, "A current component must be within ±10 m/s.");
        }

        if (!double.IsFinite(northMetresPerSecond) || Math.Abs(northMetresPerSecond) > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(northMetresPerSecond), northMetresPerSecond, "A current component must be within ±10 m/s.");
        }

        EastMetresPerSecond = eastMetresPerSecond;
        NorthMetresPerSecond = northMetresPerSecond;
    }

    /// <summary>East component, m/s.</summary>
    public double EastMetresPerSecond { get; }

    /// <summary>North component, m/s.</summary>
    public double NorthMetresPerSecond { get; }

    /// <inheritdoc />
    public string Description => string.Create(CultureInfo.InvariantCulture, $"uniform current {EastMetresPerSecond:0.00} m/s east, {NorthMetresPerSecond:0.00} m/s north");

    /// <inheritdoc />
    public void Sample(DateTimeOffset time, ReadOnlySpan<double> eastingsMetres, ReadOnlySpan<double> northingsMetres,
        Span<double> eastMetresPerSecond, Span<double> northMetresPerSecond)
    {
        eastMetresPerSecond[..eastingsMetres.Length].Fill(EastMetresPerSecond);
        northMetresPerSecond[..eastingsMetres.Length].Fill(NorthMetresPerSecond);
    }

    /// <inheritdoc />
    public void EnsureCovers(DateTimeOffset first, DateTimeOffset last, ProjectedArea area)
    {
    }
}
