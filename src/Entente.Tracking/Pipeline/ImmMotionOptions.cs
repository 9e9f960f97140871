namespace Entente.Tracking.Pipeline;

/// <summary>The settings of the interacting-multiple-model motion: a quiet nearly-constant-velocity mode for a boat
/// holding course or drifting, and a manoeuvring one for a boat that stops, turns or starts again.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ImmMotionOptions
{
    /// <summary>Acceleration noise density of the quiet mode, m²/s³.</summary>
    public double QuietNoiseDensity { get; init; } = 0.02;

    /// <summary>Acceleration noise density of the manoeuvring mode, m²/s³.</summary>
    public double ManoeuvreNoiseDensity { get; init; } = 1.0;

    /// <summary>Mean time spent in the quiet mode before a manoeuvre.</summary>
    public TimeSpan QuietSojourn { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Mean time a manoeuvre lasts.</summary>
    public TimeSpan ManoeuvreSojourn { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        if (!double.IsFinite(QuietNoiseDensity) || QuietNoiseDensity <= 0 || !double.IsFinite(ManoeuvreNoiseDensity) || ManoeuvreNoiseDensity <= QuietNoiseDensity)
        {
            throw new ArgumentOutOfRangeException(nameof(ManoeuvreNoiseDensity), "Noise densities must be positive, the manoeuvring one larger.");
        }

        if (QuietSojourn <= TimeSpan.Zero || ManoeuvreSojourn <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(QuietSojourn), "Sojourn times must be positive.");
        }
    }
}
