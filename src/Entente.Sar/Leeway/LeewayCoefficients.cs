namespace Entente.Sar.Leeway;

/// <summary>One leeway component, linear in the 10 m wind: slope in percent of U10, offset and standard error in cm/s.</summary>
/// <remarks>Immutable and validated.</remarks>
public sealed record LeewayCoefficients
{
    /// <summary>Creates the coefficients.</summary>
    /// <param name="slopePercent">Percent of U10.</param>
    /// <param name="offsetCentimetresPerSecond">Offset, cm/s.</param>
    /// <param name="sigmaCentimetresPerSecond">Standard error of estimate (Syx), cm/s; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite, or the error is negative.</exception>
    public LeewayCoefficients(double slopePercent, double offsetCentimetresPerSecond, double sigmaCentimetresPerSecond)
    {
        if (!double.IsFinite(slopePercent) || Math.Abs(slopePercent) > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(slopePercent), slopePercent, "The slope must be a finite percentage of the wind, within ±100.");
        }

        if (!double.IsFinite(offsetCentimetresPerSecond) || Math.Abs(offsetCentimetresPerSecond) > 500)
        {
            throw new ArgumentOutOfRangeException(nameof(offsetCentimetresPerSecond), offsetCentimetresPerSecond, "The offset must be finite, within ±500 cm/s.");
        }

        if (!double.IsFinite(sigmaCentimetresPerSecond) || sigmaCentimetresPerSecond is < 0 or > 500)
        {
            throw new ArgumentOutOfRangeException(nameof(sigmaCentimetresPerSecond), sigmaCentimetresPerSecond, "The standard error must be 0 to 500 cm/s.");
        }

        SlopePercent = slopePercent;
        OffsetCentimetresPerSecond = offsetCentimetresPerSecond;
        SigmaCentimetresPerSecond = sigmaCentimetresPerSecond;
    }

    /// <summary>Percent of U10.</summary>
    public double SlopePercent { get; }

    /// <summary>Offset, cm/s.</summary>
    public double OffsetCentimetresPerSecond { get; }

    /// <summary>Standard error of estimate, cm/s.</summary>
    public double SigmaCentimetresPerSecond { get; }

    /// <summary>The unperturbed leeway at a wind speed, m/s.</summary>
    /// <param name="windMetresPerSecond">U10, m/s.</param>
    /// <returns>The speed.</returns>
    public double MeanMetresPerSecond(double windMetresPerSecond) => 0.01 * ((SlopePercent * windMetresPerSecond) + OffsetCentimetresPerSecond);
}
