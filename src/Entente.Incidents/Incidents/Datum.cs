using Entente.Core.Positions;

namespace Entente.Incidents.Incidents;

/// <summary>The most probable position of the search object at a time, with its uncertainty and what it rests on.</summary>
/// <remarks>Immutable and validated.</remarks>
public sealed record Datum
{
    /// <summary>Creates a datum.</summary>
    /// <param name="position">The most probable position.</param>
    /// <param name="time">When it holds.</param>
    /// <param name="sigmaMetres">One-sigma horizontal uncertainty, metres; finite, not negative.</param>
    /// <param name="basis">What it rests on.</param>
    /// <param name="trackId">The track it follows, when the basis is a track.</param>
    /// <exception cref="ArgumentOutOfRangeException">The sigma is negative or not finite.</exception>
    public Datum(GeoPosition position, DateTimeOffset time, double sigmaMetres, DatumBasis basis, long? trackId = null)
    {
        if (!double.IsFinite(sigmaMetres) || sigmaMetres < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sigmaMetres), sigmaMetres, "The uncertainty must be finite and not negative.");
        }

        Position = position;
        Time = time;
        SigmaMetres = sigmaMetres;
        Basis = basis;
        TrackId = trackId;
    }

    /// <summary>The most probable position.</summary>
    public GeoPosition Position { get; }

    /// <summary>When it holds.</summary>
    public DateTimeOffset Time { get; }

    /// <summary>One-sigma horizontal uncertainty, metres.</summary>
    public double SigmaMetres { get; }

    /// <summary>What it rests on.</summary>
    public DatumBasis Basis { get; }

    /// <summary>The track it follows, when the basis is a track.</summary>
    public long? TrackId { get; }
}
