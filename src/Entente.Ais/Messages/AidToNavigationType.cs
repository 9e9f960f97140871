namespace Entente.Ais.Messages;

/// <summary>Type of aid to navigation (ITU-R M.1371-5 table 74): codes 1 to 15 are fixed aids, 16 to 31 floating.</summary>
public enum AidToNavigationType
{
    /// <summary>Not specified (the default).</summary>
    NotSpecified = 0,

    /// <summary>Reference point.</summary>
    ReferencePoint = 1,

    /// <summary>RACON (radar transponder marking a navigation hazard).</summary>
    Racon = 2,

    /// <summary>Fixed structure off shore, such as an oil platform or wind farm.</summary>
    FixedOffshoreStructure = 3,

    /// <summary>Spare, reserved for future use.</summary>
    Spare = 4,

    /// <summary>Light, without sectors.</summary>
    LightWithoutSectors = 5,

    /// <summary>Light, with sectors.</summary>
    LightWithSectors = 6,

    /// <summary>Leading light front.</summary>
    LeadingLightFront = 7,

    /// <summary>Leading light rear.</summary>
    LeadingLightRear = 8,

    /// <summary>Beacon, cardinal north.</summary>
    BeaconCardinalNorth = 9,

    /// <summary>Beacon, cardinal east.</summary>
    BeaconCardinalEast = 10,

    /// <summary>Beacon, cardinal south.</summary>
    BeaconCardinalSouth = 11,

    /// <summary>Beacon, cardinal west.</summary>
    BeaconCardinalWest = 12,

    /// <summary>Beacon, port hand.</summary>
    BeaconPortHand = 13,

    /// <summary>Beacon, starboard hand.</summary>
    BeaconStarboardHand = 14,

    /// <summary>Beacon, preferred channel port hand.</summary>
    BeaconPreferredChannelPortHand = 15,

    /// <summary>Beacon, preferred channel starboard hand.</summary>
    BeaconPreferredChannelStarboardHand = 16,

    /// <summary>Beacon, isolated danger.</summary>
    BeaconIsolatedDanger = 17,

    /// <summary>Beacon, safe water.</summary>
    BeaconSafeWater = 18,

    /// <summary>Beacon, special mark.</summary>
    BeaconSpecialMark = 19,

    /// <summary>Cardinal mark north.</summary>
    CardinalMarkNorth = 20,

    /// <summary>Cardinal mark east.</summary>
    CardinalMarkEast = 21,

    /// <summary>Cardinal mark south.</summary>
    CardinalMarkSouth = 22,

    /// <summary>Cardinal mark west.</summary>
    CardinalMarkWest = 23,

    /// <summary>Port hand mark.</summary>
    PortHandMark = 24,

    /// <summary>Starboard hand mark.</summary>
    StarboardHandMark = 25,

    /// <summary>Preferred channel port hand.</summary>
    PreferredChannelPortHand = 26,

    /// <summary>Preferred channel starboard hand.</summary>
    PreferredChannelStarboardHand = 27,

    /// <summary>Isolated danger.</summary>
    IsolatedDanger = 28,

    /// <summary>Safe water.</summary>
    SafeWater = 29,

    /// <summary>Special mark.</summary>
    SpecialMark = 30,

    /// <summary>Light vessel, LANBY or rig.</summary>
    LightVessel = 31,
}
