namespace Entente.Storage.Intelligence;

/// <summary>What an intelligence note is about.</summary>
public enum IntelligenceSubject
{
    /// <summary>A smuggling network: organisers, meeting points, payments.</summary>
    SmugglingNetwork,

    /// <summary>Where boats come from: purchases, deliveries, stores.</summary>
    BoatSupply,

    /// <summary>Where engines and fuel come from.</summary>
    EngineSupply,

    /// <summary>Anything else.</summary>
    Other,
}
