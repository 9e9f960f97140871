using System.Globalization;
using System.Text;
using Entente.Ais.Framing;

namespace Entente.Ais.Tests.Ingest;

/// <summary>Builds NMEA sentences and tag blocks with correct checksums.</summary>
internal static class TestSentences
{
    /// <summary>A real type 1 report (MMSI 477553000, gpsd's sample).</summary>
    public const string Type1Body = "AIVDM,1,1,,B,177KQJ5000G?tO`K>RA1wUbN0TKH,0";

    /// <summary>Another real type 1 report (MMSI 371798000).</summary>
    public const string Type1OtherBody = "AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0";

    public static string Sentence(string body) => "!" + body + "*" + Checksum(body);

    public static string TagBlock(string fields) => "\\" + fields + "*" + Checksum(fields) + "\\";

    /// <summary>A type 1 sentence with a tag block carrying source and UNIX time in seconds.</summary>
    public static string Timed(long unixSeconds, string source = "test", string body = Type1Body) =>
        TagBlock(string.Create(CultureInfo.InvariantCulture, $"s:{source},c:{unixSeconds}")) + Sentence(body);

    public static byte[] Bytes(string text) => Encoding.ASCII.GetBytes(text);

    private static string Checksum(string body) => NmeaChecksum.Compute(Encoding.ASCII.GetBytes(body)).ToString("X2", CultureInfo.InvariantCulture);
}
