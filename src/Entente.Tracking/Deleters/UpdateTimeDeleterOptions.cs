namespace Entente.Tracking.Deleters;

/// <summary>The settings of <see cref="UpdateTimeDeleter"/>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record UpdateTimeDeleterOptions
{
    /// <summary>A tentative track not updated for this long dies: false tracks must die quickly (under three scans).</summary>
    public TimeSpan TentativeTimeout { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>The same for a tentative track started by AIS, which may report only every 30 s.</summary>
    public TimeSpan AisTentativeTimeout { get; init; } = TimeSpan.FromSeconds(75);

    /// <summary>A confirmed track not updated for this long is coasting.</summary>
    public TimeSpan CoastAfter { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>A coasting track not updated for this long is deleted: long enough to bridge a boat hidden behind a
    /// ship or in a wave trough for a few scans.</summary>
    public TimeSpan DeleteAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The same for a track that carries an MMSI: a moored class B set reports every 3 minutes.</summary>
    public TimeSpan AisDeleteAfter { get; init; } = TimeSpan.FromMinutes(7);

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is not positive, or coasting starts after deletion.</exception>
    public void Validate()
    {
        foreach (var (name, value) in new[]
        {
            (nameof(TentativeTimeout), TentativeTimeout), (nameof(AisTentativeTimeout), AisTentativeTimeout),
            (nameof(CoastAfter), CoastAfter), (nameof(DeleteAfter), DeleteAfter), (nameof(AisDeleteAfter), AisDeleteAfter),
        })
        {
            if (value <= TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(name, value, "Every timeout must be positive.");
            }
        }

        if (CoastAfter > DeleteAfter)
        {
            throw new ArgumentOutOfRangeException(nameof(CoastAfter), CoastAfter, "A track must coast before it is deleted.");
        }
    }
}
