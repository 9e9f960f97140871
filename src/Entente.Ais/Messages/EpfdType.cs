namespace Entente.Ais.Messages;

/// <summary>
/// Type of electronic position fixing device (ITU-R M.1371-5 table 50): what produced a reported position. Codes 9 to
/// 14 are not used; they are kept as their numbers.
/// </summary>
public enum EpfdType
{
    /// <summary>Undefined (the default).</summary>
    Undefined = 0,

    /// <summary>GPS.</summary>
    Gps = 1,

    /// <summary>GLONASS.</summary>
    Glonass = 2,

    /// <summary>Combined GPS and GLONASS.</summary>
    CombinedGpsGlonass = 3,

    /// <summary>Loran-C.</summary>
    LoranC = 4,

    /// <summary>Chayka.</summary>
    Chayka = 5,

    /// <summary>Integrated navigation system.</summary>
    IntegratedNavigationSystem = 6,

    /// <summary>Surveyed position (fixed stations).</summary>
    Surveyed = 7,

    /// <summary>Galileo.</summary>
    Galileo = 8,

    /// <summary>Internal GNSS.</summary>
    InternalGnss = 15,
}
