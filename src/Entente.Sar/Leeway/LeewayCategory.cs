namespace Entente.Sar.Leeway;

/// <summary>
/// One leeway object category: how a drifting object of that kind moves through the water in the wind. Leeway is split
/// into a downwind component and a crosswind component, each linear in the 10 m wind speed U10:
/// <c>L = slope/100 · U10 + offset/100</c> (m/s), with a standard error of estimate (Syx) that sets how much objects of the
/// kind differ from one another. Crosswind has a right-of-downwind and a left-of-downwind set.
/// </summary>
/// <remarks>Coefficients come from the USCG field experiments (Allen &amp; Plourde 1999, CG-D-08-99; Breivik &amp; Allen
/// 2008). Immutable and validated.</remarks>
public sealed record LeewayCategory
{
    /// <summary>Creates a category.</summary>
    /// <param name="key">The category key, e.g. "PIW-1".</param>
    /// <param name="number">The category's number in the published table.</param>
    /// <param name="description">What the object is.</param>
    /// <param name="downwind">Downwind coefficients.</param>
    /// <param name="rightCrosswind">Right-of-downwind crosswind coefficients.</param>
    /// <param name="leftCrosswind">Left-of-downwind crosswind coefficients.</param>
    /// <exception cref="ArgumentException">The key or description is blank.</exception>
    public LeewayCategory(string key, int number, string description, LeewayCoefficients downwind, LeewayCoefficients rightCrosswind, LeewayCoefficients leftCrosswind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentNullException.ThrowIfNull(downwind);
        ArgumentNullException.ThrowIfNull(rightCrosswind);
        ArgumentNullException.ThrowIfNull(leftCrosswind);
        Key = key;
        Number = number;
        Description = description;
        Downwind = downwind;
        RightCrosswind = rightCrosswind;
        LeftCrosswind = leftCrosswind;
    }

    /// <summary>The category key, e.g. "PIW-1".</summary>
    public string Key { get; }

    /// <summary>The category's number in the published table.</summary>
    public int Number { get; }

    /// <summary>What the object is.</summary>
    public string Description { get; }

    /// <summary>Downwind coefficients.</summary>
    public LeewayCoefficients Downwind { get; }

    /// <summary>Right-of-downwind crosswind coefficients.</summary>
    public LeewayCoefficients RightCrosswind { get; }

    /// <summary>Left-of-downwind crosswind coefficients (slope and offset usually negative).</summary>
    public LeewayCoefficients LeftCrosswind { get; }

    /// <summary>The mean downwind leeway at a wind speed, metres per second, before perturbation.</summary>
    /// <param name="windMetresPerSecond">U10, m/s.</param>
    /// <returns>The speed.</returns>
    public double MeanDownwindMetresPerSecond(double windMetresPerSecond) => Downwind.MeanMetresPerSecond(windMetresPerSecond);

    /// <inheritdoc />
    public override string ToString() => $"{Key} ({Description})";
}
