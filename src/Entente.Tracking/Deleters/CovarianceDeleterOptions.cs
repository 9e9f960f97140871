namespace Entente.Tracking.Deleters;

/// <summary>The settings of <see cref="CovarianceDeleter"/>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CovarianceDeleterOptions
{
    /// <summary>A track whose predicted one-sigma position error passes this is deleted, metres.</summary>
    public double MaxPositionSigmaMetres { get; init; } = 1_000;

    /// <summary>A confirmed track not updated for this long is coasting.</summary>
    public TimeSpan CoastAfter { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        if (!double.IsFinite(MaxPositionSigmaMetres) || MaxPositionSigmaMetres <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPositionSigmaMetres), MaxPositionSigmaMetres, "The sigma limit must be a positive number of metres.");
        }

        if (CoastAfter <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(CoastAfter), CoastAfter, "The coasting delay must be positive.");
        }
    }
}
