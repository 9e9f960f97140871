namespace Entente.Simulation.World;

/// <summary>The state of a simulated object; written as the <c>state</c> of a truth record.</summary>
public enum ObjectState
{
    /// <summary>People gathering or a boat being readied on a beach; not yet at sea.</summary>
    Ashore,

    /// <summary>Moving under its own power.</summary>
    Underway,

    /// <summary>Stopped on purpose: a taxi boat picking people up, a vessel on scene, a fishing vessel hauling.</summary>
    Stopped,

    /// <summary>Without power, carried by wind and tide.</summary>
    Drifting,

    /// <summary>Taking water, still afloat, drifting.</summary>
    Swamped,

    /// <summary>Overturned; its people are in the water.</summary>
    Capsized,

    /// <summary>People in the water, drifting.</summary>
    InWater,

    /// <summary>Its people were taken aboard a rescue or patrol vessel.</summary>
    Rescued,

    /// <summary>Its people were taken aboard a patrol vessel while the boat was under way, not in distress.</summary>
    Intercepted,

    /// <summary>Reached the English coast.</summary>
    Landed,

    /// <summary>A launch stopped on the beach before the boat reached the sea.</summary>
    Prevented,

    /// <summary>Left the simulated area, or returned to port at the end of its task.</summary>
    Departed,
}
