namespace Entente.Core.Detections;

/// <summary>How a small boat's crossing ended, as reported by those who saw it end.</summary>
public enum BoatOutcome
{
    /// <summary>Stopped on the beach before it reached the sea (by the French forces on the shore).</summary>
    Prevented,

    /// <summary>Its people were taken aboard a patrol vessel while it was under way, not in distress.</summary>
    Intercepted,

    /// <summary>Its people were rescued in distress by a rescue or patrol asset.</summary>
    Rescued,

    /// <summary>It reached the English coast and its people came ashore.</summary>
    Landed,
}
