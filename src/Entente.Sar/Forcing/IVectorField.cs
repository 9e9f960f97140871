namespace Entente.Sar.Forcing;

/// <summary>
/// A horizontal vector field over the Channel that varies in space and time: the 10 m wind or the total surface current.
/// Positions are in the Channel projection (metres); components are true east and north, metres per second.
/// </summary>
/// <remarks>Sampled in batches, once per drift step for every particle, so that gridded fields can interpolate a whole
/// batch at one time index. Implementations are thread-safe for concurrent sampling.</remarks>
public interface IVectorField
{
    /// <summary>A one-line description for outputs and logs, e.g. "constant wind 10.0 m/s from 270°".</summary>
    string Description { get; }

    /// <summary>The vector at each position at one time.</summary>
    /// <param name="time">When.</param>
    /// <param name="eastingsMetres">The positions' eastings.</param>
    /// <param name="northingsMetres">The positions' northings, as many.</param>
    /// <param name="eastMetresPerSecond">Receives the east components, as many.</param>
    /// <param name="northMetresPerSecond">Receives the north components, as many.</param>
    void Sample(DateTimeOffset time, ReadOnlySpan<double> eastingsMetres, ReadOnlySpan<double> northingsMetres,
        Span<double> eastMetresPerSecond, Span<double> northMetresPerSecond);

    /// <summary>Checks that the field covers a run; a field without limits covers everything.</summary>
    /// <param name="first">The run's earliest time.</param>
    /// <param name="last">The run's latest time.</param>
    /// <param name="area">The area the run starts in, Channel projection.</param>
    /// <exception cref="ForcingCoverageException">The field does not cover the run: the message says what it does cover.</exception>
    void EnsureCovers(DateTimeOffset first, DateTimeOffset last, ProjectedArea area);
}
