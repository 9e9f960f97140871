namespace Entente.Ais.Applications;

/// <summary>The unit of a cargo amount (IMO SN.1/Circ.236, dangerous cargo indication).</summary>
public enum CargoUnit
{
    /// <summary>Not available (default).</summary>
    NotAvailable = 0,

    /// <summary>Kilograms.</summary>
    Kilograms = 1,

    /// <summary>Metric tonnes.</summary>
    MetricTonnes = 2,

    /// <summary>Metric kilotonnes.</summary>
    MetricKilotonnes = 3,
}
