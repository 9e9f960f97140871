namespace Entente.Ais.Messages;

/// <summary>
/// Type of ship and cargo (ITU-R M.1371-5 table 53), the 8-bit code of messages 5, 19 and 24. Only the defined codes
/// are named: 1 to 19 and the other reserved codes, 100 to 199 (regional use) and 200 to 255 (future use) are kept as
/// their numbers.
/// </summary>
public enum ShipType
{
    /// <summary>Not available (the default).</summary>
    NotAvailable = 0,

    /// <summary>Wing-in-ground craft, all ships of this type.</summary>
    WingInGround = 20,

    /// <summary>Wing-in-ground craft, hazardous category A.</summary>
    WingInGroundHazardousCategoryA = 21,

    /// <summary>Wing-in-ground craft, hazardous category B.</summary>
    WingInGroundHazardousCategoryB = 22,

    /// <summary>Wing-in-ground craft, hazardous category C.</summary>
    WingInGroundHazardousCategoryC = 23,

    /// <summary>Wing-in-ground craft, hazardous category D.</summary>
    WingInGroundHazardousCategoryD = 24,

    /// <summary>Wing-in-ground craft, no additional information.</summary>
    WingInGroundNoAdditionalInformation = 29,

    /// <summary>Fishing.</summary>
    Fishing = 30,

    /// <summary>Towing.</summary>
    Towing = 31,

    /// <summary>Towing, and the length of the tow exceeds 200 m or its breadth exceeds 25 m.</summary>
    TowingLarge = 32,

    /// <summary>Engaged in dredging or underwater operations.</summary>
    Dredging = 33,

    /// <summary>Engaged in diving operations.</summary>
    Diving = 34,

    /// <summary>Engaged in military operations.</summary>
    Military = 35,

    /// <summary>Sailing.</summary>
    Sailing = 36,

    /// <summary>Pleasure craft.</summary>
    PleasureCraft = 37,

    /// <summary>High-speed craft, all ships of this type.</summary>
    HighSpeedCraft = 40,

    /// <summary>High-speed craft, hazardous category A.</summary>
    HighSpeedCraftHazardousCategoryA = 41,

    /// <summary>High-speed craft, hazardous category B.</summary>
    HighSpeedCraftHazardousCategoryB = 42,

    /// <summary>High-speed craft, hazardous category C.</summary>
    HighSpeedCraftHazardousCategoryC = 43,

    /// <summary>High-speed craft, hazardous category D.</summary>
    HighSpeedCraftHazardousCategoryD = 44,

    /// <summary>High-speed craft, no additional information.</summary>
    HighSpeedCraftNoAdditionalInformation = 49,

    /// <summary>Pilot vessel.</summary>
    PilotVessel = 50,

    /// <summary>Search and rescue vessel.</summary>
    SearchAndRescue = 51,

    /// <summary>Tug.</summary>
    Tug = 52,

    /// <summary>Port tender.</summary>
    PortTender = 53,

    /// <summary>Vessel with anti-pollution facilities or equipment.</summary>
    AntiPollution = 54,

    /// <summary>Law enforcement vessel.</summary>
    LawEnforcement = 55,

    /// <summary>Spare, for assignment to local vessels.</summary>
    LocalVessel56 = 56,

    /// <summary>Spare, for assignment to local vessels.</summary>
    LocalVessel57 = 57,

    /// <summary>Medical transport.</summary>
    MedicalTransport = 58,

    /// <summary>Ship or aircraft of a state not party to an armed conflict (RR Resolution 18).</summary>
    Noncombatant = 59,

    /// <summary>Passenger ship, all ships of this type.</summary>
    Passenger = 60,

    /// <summary>Passenger ship, hazardous category A.</summary>
    PassengerHazardousCategoryA = 61,

    /// <summary>Passenger ship, hazardous category B.</summary>
    PassengerHazardousCategoryB = 62,

    /// <summary>Passenger ship, hazardous category C.</summary>
    PassengerHazardousCategoryC = 63,

    /// <summary>Passenger ship, hazardous category D.</summary>
    PassengerHazardousCategoryD = 64,

    /// <summary>Passenger ship, no additional information.</summary>
    PassengerNoAdditionalInformation = 69,

    /// <summary>Cargo ship, all ships of this type.</summary>
    Cargo = 70,

    /// <summary>Cargo ship, hazardous category A.</summary>
    CargoHazardousCategoryA = 71,

    /// <summary>Cargo ship, hazardous category B.</summary>
    CargoHazardousCategoryB = 72,

    /// <summary>Cargo ship, hazardous category C.</summary>
    CargoHazardousCategoryC = 73,

    /// <summary>Cargo ship, hazardous category D.</summary>
    CargoHazardousCategoryD = 74,

    /// <summary>Cargo ship, no additional information.</summary>
    CargoNoAdditionalInformation = 79,

    /// <summary>Tanker, all ships of this type.</summary>
    Tanker = 80,

    /// <summary>Tanker, hazardous category A.</summary>
    TankerHazardousCategoryA = 81,

    /// <summary>Tanker, hazardous category B.</summary>
    TankerHazardousCategoryB = 82,

    /// <summary>Tanker, hazardous category C.</summary>
    TankerHazardousCategoryC = 83,

    /// <summary>Tanker, hazardous category D.</summary>
    TankerHazardousCategoryD = 84,

    /// <summary>Tanker, no additional information.</summary>
    TankerNoAdditionalInformation = 89,

    /// <summary>Other type of ship, all ships of this type.</summary>
    Other = 90,

    /// <summary>Other type of ship, hazardous category A.</summary>
    OtherHazardousCategoryA = 91,

    /// <summary>Other type of ship, hazardous category B.</summary>
    OtherHazardousCategoryB = 92,

    /// <summary>Other type of ship, hazardous category C.</summary>
    OtherHazardousCategoryC = 93,

    /// <summary>Other type of ship, hazardous category D.</summary>
    OtherHazardousCategoryD = 94,

    /// <summary>Other type of ship, no additional information.</summary>
    OtherNoAdditionalInformation = 99,
}
