namespace Entente.Ais.Messages;

/// <summary>Navigational status of a class A ship (ITU-R M.1371-5 table 45).</summary>
public enum NavigationStatus
{
    /// <summary>Under way using engine.</summary>
    UnderWayUsingEngine = 0,

    /// <summary>At anchor.</summary>
    AtAnchor = 1,

    /// <summary>Not under command.</summary>
    NotUnderCommand = 2,

    /// <summary>Restricted manoeuvrability.</summary>
    RestrictedManoeuvrability = 3,

    /// <summary>Constrained by her draught.</summary>
    ConstrainedByDraught = 4,

    /// <summary>Moored.</summary>
    Moored = 5,

    /// <summary>Aground.</summary>
    Aground = 6,

    /// <summary>Engaged in fishing.</summary>
    EngagedInFishing = 7,

    /// <summary>Under way sailing.</summary>
    UnderWaySailing = 8,

    /// <summary>Reserved for high-speed craft.</summary>
    ReservedHsc = 9,

    /// <summary>Reserved for wing-in-ground craft.</summary>
    ReservedWig = 10,

    /// <summary>Power-driven vessel towing astern (regional use).</summary>
    TowingAstern = 11,

    /// <summary>Power-driven vessel pushing ahead or towing alongside (regional use).</summary>
    PushingAheadOrTowingAlongside = 12,

    /// <summary>Reserved for future use.</summary>
    Reserved13 = 13,

    /// <summary>AIS-SART, MOB-AIS or EPIRB-AIS active.</summary>
    AisSartActive = 14,

    /// <summary>Not defined (default).</summary>
    NotDefined = 15,
}
