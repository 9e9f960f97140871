namespace Entente.Ais.Messages;

/// <summary>
/// The stations a group assignment (message 23) addresses (ITU-R M.1371-5 §3.22). Codes 1 and 10 to 15 are reserved
/// and kept as their numbers.
/// </summary>
public enum StationType
{
    /// <summary>All types of mobile stations (the default).</summary>
    AllMobiles = 0,

    /// <summary>All class A mobile stations (reserved in earlier editions).</summary>
    ClassAMobiles = 1,

    /// <summary>All types of class B mobile stations.</summary>
    AllClassBMobiles = 2,

    /// <summary>SAR airborne mobile stations.</summary>
    SarAirborne = 3,

    /// <summary>Class B "SO" mobile stations (aids to navigation in earlier editions).</summary>
    ClassBSelfOrganized = 4,

    /// <summary>Class B "CS" shipborne mobile stations.</summary>
    ClassBCarrierSense = 5,

    /// <summary>Inland waterways.</summary>
    InlandWaterways = 6,

    /// <summary>Regional use.</summary>
    Regional7 = 7,

    /// <summary>Regional use.</summary>
    Regional8 = 8,

    /// <summary>Regional use.</summary>
    Regional9 = 9,
}
