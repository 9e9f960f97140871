namespace Entente.Sar.Drift;

/// <summary>Which way in time a drift runs.</summary>
public enum DriftDirection
{
    /// <summary>From the seed forward: where is it now?</summary>
    Forward = 0,

    /// <summary>From a find backward: where could it have come from (debris, a body)?</summary>
    Backward = 1,
}
