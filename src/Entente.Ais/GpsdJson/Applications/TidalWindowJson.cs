using Entente.Ais.Applications;
using Entente.Ais.Payload;

namespace Entente.Ais.GpsdJson.Applications;

/// <summary>gpsd's JSON for the tidal windows of message 6: DAC 1 FI 14 (IMO 236) and DAC 1 FI 32 (IMO 289).</summary>
internal static class TidalWindowJson
{
    // The raw fields of one prediction, whichever circular's layout they came from.
    private delegate (int Lon, int Lat, int FromHour, int FromMinute, int ToHour, int ToMinute, int Direction, int SpeedTenthsKnot) ReadPrediction(in AisPayload bits, int start);

    public static void Write(JsonLine line, in TidalWindowImo236 a, AisBinaryData data, GpsdJsonOptions options) =>
        Write(line, a.MonthRaw, a.DayRaw, data, options, TidalWindowImo236.HeaderBits, TidalWindowImo236Point.Bits, static (in AisPayload bits, int start) =>
        {
            // gpsd scales these 1/10000-minute fields as 1/1000 minute, ten times too large; kept for compatibility.
            var p = TidalWindowImo236Point.Read(bits, start);
            return (p.LongitudeTenThousandthsMinute, p.LatitudeTenThousandthsMinute, p.FromHourRaw, p.FromMinuteRaw, p.ToHourRaw, p.ToMinuteRaw, p.CurrentDirectionRaw, p.CurrentSpeedTenthsKnot);
        });

    public static void Write(JsonLine line, in TidalWindowImo289 a, AisBinaryData data, GpsdJsonOptions options) =>
        Write(line, a.MonthRaw, a.DayRaw, data, options, TidalWindowImo289.HeaderBits, TidalWindowImo289Point.Bits, static (in AisPayload bits, int start) =>
        {
            var p = TidalWindowImo289Point.Read(bits, start);
            return (p.LongitudeThousandthsMinute, p.LatitudeThousandthsMinute, p.FromHourRaw, p.FromMinuteRaw, p.ToHourRaw, p.ToMinuteRaw, p.CurrentDirectionRaw, p.CurrentSpeedTenthsKnot);
        });

    private static void Write(JsonLine line, int month, int day, AisBinaryData data, GpsdJsonOptions options, int headerBits, int predictionBits, ReadPrediction read)
    {
        line.Number("month", month);
        line.Number("day", day);

        // gpsd writes one prediction more than the data holds whole: the partial (or empty) rest, read as zeros.
        var count = (data.BitLength + predictionBits - headerBits) / predictionBits;
        Span<ulong> words = data.BitLength <= AisApplicationBits.StackWords * 64
            ? stackalloc ulong[AisApplicationBits.StackWords]
            : new ulong[AisApplicationBits.WordCount(data.BitLength)];
        var bits = AisApplicationBits.View(data, words);
        var decimals = GpsdApplicationText.PositionDecimals(options);
        line.BeginArray("tidals");
        for (var i = 0; i < count; i++)
        {
            var p = read(bits, headerBits + (i * predictionBits));
            line.BeginObject();
            if (options.Scaled)
            {
                line.Fixed("lon", p.Lon / 60000.0, decimals);
                line.Fixed("lat", p.Lat / 60000.0, decimals);
            }
            else
            {
                line.Number("lon", p.Lon);
                line.Number("lat", p.Lat);
            }

            line.Number("from_hour", p.FromHour);
            line.Number("from_min", p.FromMinute);
            line.Number("to_hour", p.ToHour);
            line.Number("to_min", p.ToMinute);
            line.Number("cdir", p.Direction);
            if (options.Scaled)
            {
                line.Fixed("cspeed", p.SpeedTenthsKnot / 10.0, 1);
            }
            else
            {
                line.Number("cspeed", p.SpeedTenthsKnot);
            }

            line.EndObject();
        }

        line.EndArray();
    }
}
