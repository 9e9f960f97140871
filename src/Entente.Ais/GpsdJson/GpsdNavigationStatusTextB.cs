namespace Entente.Ais.GpsdJson;

/// <summary>
/// gpsd's navigational status legend by dialect. gpsd 3.22 uses <see cref="GpsdText.NavigationStatus"/>; the 2026
/// release follows ITU-R M.1371-5 ("maneuverability", the regional codes 11 and 12, AIS-SART for 14). Codes 0 to 5,
/// 7 to 9, 12 and 15 are confirmed by gpsd's expected outputs; the others follow the standard's wording.
/// </summary>
internal static class GpsdNavigationStatusTextB
{
    private static readonly string[] Texts2026 =
    [
        "Under way using engine", "At anchor", "Not under command", "Restricted maneuverability",
        "Constrained by her draught", "Moored", "Aground", "Engaged in fishing", "Under way sailing",
        "Reserved for HSC", "Reserved for WIG", "Power-driven vessel towing astern",
        "Power-driven vessel pushing ahead or towing alongside", "Reserved for future use", "AIS-SART is active",
        "Not defined",
    ];

    /// <summary>The legend for a navigational status code.</summary>
    /// <param name="code">The raw code, 0 to 15.</param>
    /// <param name="dialect">The gpsd release whose wording is wanted.</param>
    /// <returns>The text.</returns>
    public static string Text(int code, GpsdDialect dialect) => dialect == GpsdDialect.Gpsd322
        ? GpsdText.NavigationStatus(code)
        : (uint)code < (uint)Texts2026.Length ? Texts2026[code] : "INVALID STATUS";
}
