namespace Entente.Core.Identifiers;

/// <summary>The kind of station an MMSI identifies, from its leading digits (ITU-R M.585).</summary>
public enum MmsiKind
{
    /// <summary>Not one of the kinds below.</summary>
    Other,

    /// <summary>A ship station (MID followed by six digits).</summary>
    Ship,

    /// <summary>A coast station (00MID...).</summary>
    CoastStation,

    /// <summary>A group call (0MID...).</summary>
    GroupOfShips,

    /// <summary>A search and rescue aircraft (111MID...).</summary>
    SarAircraft,

    /// <summary>An aid to navigation (99MID...).</summary>
    AidToNavigation,

    /// <summary>A craft associated with a parent ship (98MID...).</summary>
    CraftAssociatedWithParentShip,

    /// <summary>An AIS search and rescue transmitter (970...).</summary>
    SearchAndRescueTransmitter,

    /// <summary>A man-overboard device (972...).</summary>
    ManOverboard,

    /// <summary>An EPIRB with AIS locating signal (974...).</summary>
    Epirb,
}
