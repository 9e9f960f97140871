namespace Entente.Ais.GpsdJson;

/// <summary>The legend texts gpsd writes next to coded fields (<c>status_text</c>, <c>shiptype_text</c>, ...).</summary>
internal static class GpsdText
{
    private static readonly string[] NavigationStatuses =
    [
        "Under way using engine", "At anchor", "Not under command", "Restricted manoeuverability",
        "Constrained by her draught", "Moored", "Aground", "Engaged in fishing", "Under way sailing",
        "Reserved for HSC", "Reserved for WIG", "Reserved", "Reserved", "Reserved", "Reserved", "Not defined",
    ];

    public static string NavigationStatus(int code, GpsdDialect dialect) => code switch
    {
        // gpsd 2026 corrected the spelling.
        3 when dialect == GpsdDialect.Gpsd2026 => "Restricted maneuverability",

        // gpsd 2026 names the regional and AIS-SART codes (12 is seen in its logs; 11 and 14 follow ITU-R M.1371-5).
        11 when dialect == GpsdDialect.Gpsd2026 => "Power-driven vessel towing astern",
        12 when dialect == GpsdDialect.Gpsd2026 => "Power-driven vessel pushing ahead or towing alongside",
        14 when dialect == GpsdDialect.Gpsd2026 => "AIS-SART is active",
        >= 0 and < 16 => NavigationStatuses[code],
        _ => "INVALID STATUS",
    };

    /// <summary>Decimals of positions given in 1/10000 minute.</summary>
    public static int PositionDecimals(GpsdDialect dialect) => dialect == GpsdDialect.Gpsd322 ? 6 : 7;
}
