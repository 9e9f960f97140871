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

    public static string NavigationStatus(int code) => (uint)code < (uint)NavigationStatuses.Length ? NavigationStatuses[code] : "INVALID STATUS";
}
