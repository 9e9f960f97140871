namespace Entente.Incidents.Assets;

/// <summary>
/// What an asset may be tasked to do on an incident. The list is closed on purpose: every task serves saving life.
/// There is no task for turning a boat back at sea, blocking it, or towing it away from a coast, and none can be
/// created: the API accepts only these names.
/// </summary>
public enum AssetTaskType
{
    /// <summary>Search an area or pattern for the boat or people in the water.</summary>
    Search,

    /// <summary>Take people aboard from a boat or the water.</summary>
    Rescue,

    /// <summary>Stay with a boat, ready to rescue, until it is safe.</summary>
    StandBy,

    /// <summary>Keep a boat in sight and report (aircraft, drones).</summary>
    Monitor,

    /// <summary>Take a casualty to medical care.</summary>
    MedicalEvacuation,

    /// <summary>Relay communications between the boat, other vessels and the centre.</summary>
    CommunicationsRelay,
}
