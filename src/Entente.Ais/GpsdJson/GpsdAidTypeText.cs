namespace Entente.Ais.GpsdJson;

/// <summary>gpsd's <c>aid_type_text</c> legend for message 21's aid type (both dialects agree).</summary>
internal static class GpsdAidTypeText
{
    private static readonly string[] Texts =
    [
        "Unspecified", "Reference point", "RACON", "Fixed offshore structure", "Spare, Reserved for future use.",
        "Light, without sectors", "Light, with sectors", "Leading Light Front", "Leading Light Rear",
        "Beacon, Cardinal N", "Beacon, Cardinal E", "Beacon, Cardinal S", "Beacon, Cardinal W", "Beacon, Port hand",
        "Beacon, Starboard hand", "Beacon, Preferred Channel port hand", "Beacon, Preferred Channel starboard hand",
        "Beacon, Isolated danger", "Beacon, Safe water", "Beacon, Special mark", "Cardinal Mark N", "Cardinal Mark E",
        "Cardinal Mark S", "Cardinal Mark W", "Port hand Mark", "Starboard hand Mark", "Preferred Channel Port hand",
        "Preferred Channel Starboard hand", "Isolated danger", "Safe Water", "Special Mark", "Light Vessel / LANBY / Rigs",
    ];

    /// <summary>The legend for an aid type code.</summary>
    /// <param name="code">The raw code, 0 to 31.</param>
    /// <returns>The text.</returns>
    public static string Text(int code) => (uint)code < (uint)Texts.Length ? Texts[code] : "INVALID NAVAID TYPE";
}
