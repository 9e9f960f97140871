namespace Entente.Ais.GpsdJson;

/// <summary>
/// gpsd's <c>shiptype_text</c> legend for the 8-bit ship and cargo type of messages 5, 19 and 24. The two dialects
/// agree on codes 0 to 99 in every expected output seen; codes above 99 read "INVALID SHIP TYPE" in gpsd 3.22 and are
/// assumed to read the same in the 2026 release (no sample shows one).
/// </summary>
internal static class GpsdShipTypeText
{
    private const string Invalid = "INVALID SHIP TYPE";

    private static readonly string[] Texts = Build();

    /// <summary>The legend for a ship type code.</summary>
    /// <param name="code">The raw code, 0 to 255.</param>
    /// <param name="dialect">The gpsd release whose wording is wanted.</param>
    /// <returns>The text.</returns>
    public static string Text(int code, GpsdDialect dialect)
    {
        _ = dialect;
        return (uint)code < (uint)Texts.Length ? Texts[code] : Invalid;
    }

    private static string[] Build()
    {
        var texts = new string[100];
        texts[0] = "Not available";
        for (var i = 1; i < 20; i++)
        {
            texts[i] = "Reserved for future use";
        }

        // The decades that share the "all ships / hazardous A-D / reserved / no additional information" pattern.
        Decade(texts, 2, "Wing in ground (WIG)", "No additional information");
        Decade(texts, 4, "High speed craft (HSC)", "No additional information");
        Decade(texts, 6, "Passenger", "No additional information");
        Decade(texts, 7, "Cargo", "No additional information");
        Decade(texts, 8, "Tanker", "No additional information");
        Decade(texts, 9, "Other Type", "no additional information");

        // gpsd writes WIG code 29 as reserved rather than "no additional information".
        texts[29] = "Wing in ground (WIG) - Reserved for future use";

        string[] thirties =
        [
            "Fishing", "Towing", "Towing: length exceeds 200m or breadth exceeds 25m", "Dredging or underwater ops",
            "Diving ops", "Military ops", "Sailing", "Pleasure Craft", "Reserved", "Reserved",
        ];
        string[] fifties =
        [
            "Pilot Vessel", "Search and Rescue vessel", "Tug", "Port Tender", "Anti-pollution equipment",
            "Law Enforcement", "Spare - Local Vessel", "Spare - Local Vessel", "Medical Transport",
            "Ship according to RR Resolution No. 18",
        ];
        thirties.CopyTo(texts, 30);
        fifties.CopyTo(texts, 50);
        return texts;
    }

    private static void Decade(string[] texts, int tens, string kind, string last)
    {
        var b = tens * 10;
        texts[b] = kind + " - all ships of this type";
        for (var i = 0; i < 4; i++)
        {
            texts[b + 1 + i] = kind + " - Hazardous category " + (char)('A' + i);
        }

        for (var i = 5; i < 9; i++)
        {
            texts[b + i] = kind + " - Reserved for future use";
        }

        texts[b + 9] = kind + " - " + last;
    }
}
