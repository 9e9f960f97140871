namespace Entente.Ais.Applications;

/// <summary>Whether an inland vessel is loaded (Inland AIS ship static data).</summary>
public enum InlandLoadStatus
{
    /// <summary>Not available (default).</summary>
    NotAvailable = 0,

    /// <summary>Unloaded.</summary>
    Unloaded = 1,

    /// <summary>Loaded.</summary>
    Loaded = 2,
}
