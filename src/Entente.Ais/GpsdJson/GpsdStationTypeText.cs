namespace Entente.Ais.GpsdJson;

/// <summary>
/// gpsd's <c>stationtype_text</c> legend for message 23's station type. gpsd keeps the wording of earlier editions of
/// ITU-R M.1371 (codes 1, 4 and 5 differ from M.1371-5); both dialects agree in every expected output seen.
/// </summary>
internal static class GpsdStationTypeText
{
    private static readonly string[] Texts =
    [
        "All types of mobiles", "Reserved for future use", "All types of Class B mobile stations",
        "SAR airborne mobile station", "Aid to Navigation station", "Class B shipborne mobile station",
        "Regional use and inland waterways", "Regional use and inland waterways", "Regional use and inland waterways",
        "Regional use and inland waterways", "Reserved for future use", "Reserved for future use",
        "Reserved for future use", "Reserved for future use", "Reserved for future use", "Reserved for future use",
    ];

    /// <summary>The legend for a station type code.</summary>
    /// <param name="code">The raw code, 0 to 15.</param>
    /// <returns>The text.</returns>
    public static string Text(int code) => (uint)code < (uint)Texts.Length ? Texts[code] : "INVALID STATION TYPE";
}
