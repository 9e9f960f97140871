using System.Globalization;

namespace Entente.Ais.GpsdJson;

/// <summary>
/// gpsd's <c>epfd_text</c> legend for the 4-bit position fixing device of messages 4, 5, 11, 19 and 21. gpsd 3.22
/// names codes 0 to 8 and writes "INVALID EPFD" for the rest, 15 included; the 2026 release follows ITU-R M.1371-5:
/// "Reserved (n)" for 9 to 14 and "Internal GNSS" for 15.
/// </summary>
internal static class GpsdEpfdText
{
    private static readonly string[] Named =
    [
        "Undefined", "GPS", "GLONASS", "Combined GPS/GLONASS", "Loran-C", "Chayka", "Integrated navigation system",
        "Surveyed", "Galileo",
    ];

    private static readonly string[] Reserved2026 =
        [.. Enumerable.Range(9, 6).Select(n => string.Create(CultureInfo.InvariantCulture, $"Reserved ({n})"))];

    /// <summary>The legend for an EPFD code.</summary>
    /// <param name="code">The raw code, 0 to 15.</param>
    /// <param name="dialect">The gpsd release whose wording is wanted.</param>
    /// <returns>The text.</returns>
    public static string Text(int code, GpsdDialect dialect)
    {
        if ((uint)code < (uint)Named.Length)
        {
            return Named[code];
        }

        if (dialect == GpsdDialect.Gpsd322)
        {
            return "INVALID EPFD";
        }

        return code switch
        {
            >= 9 and <= 14 => Reserved2026[code - 9],
            15 => "Internal GNSS",
            _ => "INVALID EPFD",
        };
    }
}
