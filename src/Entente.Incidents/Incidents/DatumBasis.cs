namespace Entente.Incidents.Incidents;

/// <summary>What an incident's datum rests on.</summary>
public enum DatumBasis
{
    /// <summary>A distress report's position.</summary>
    Report,

    /// <summary>The boat's live track.</summary>
    Track,

    /// <summary>A drift prediction from the last known position.</summary>
    Drift,
}
