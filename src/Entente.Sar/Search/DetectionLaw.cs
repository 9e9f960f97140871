namespace Entente.Sar.Search;

/// <summary>How coverage turns into probability of detection.</summary>
public enum DetectionLaw
{
    /// <summary>
    /// Koopman's random-search law, POD = 1 − e^(−C): the effort is spread without pattern. Conservative; the law behind the
    /// IAMSAR POD curves for less than ideal conditions and Stone's optimal allocation.
    /// </summary>
    RandomSearch = 0,

    /// <summary>
    /// Koopman's inverse-cube law for exact parallel sweeps, POD = erf((√π/2)·C): the best a searcher on straight, evenly
    /// spaced tracks can expect.
    /// </summary>
    IdealSweep = 1,
}
