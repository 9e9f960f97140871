using Entente.Ais.Applications;
using Entente.Ais.Payload;

namespace Entente.Ais.GpsdJson.Applications;

/// <summary>gpsd's JSON for message 6, DAC 1, FI 14.</summary>
internal static class TidalWindowImo236Json
{
    public static void Write(JsonLine line, in TidalWindowImo236 a, AisBinaryData data, GpsdJsonOptions options)
    {
        line.Number("month", a.MonthRaw);
        line.Number("day", a.DayRaw);

        // gpsd writes one prediction more than the data holds whole: the partial (or empty) rest, read as zeros.
        var count = (data.BitLength + TidalWindowImo236Point.Bits - TidalWindowImo236.HeaderBits) / TidalWindowImo236Point.Bits;
        Span<ulong> words = data.BitLength <= AisApplicationBits.StackWords * 64
            ? stackalloc ulong[AisApplicationBits.StackWords]
            : new ulong[AisApplicationBits.WordCount(data.BitLength)];
        var bits = AisApplicationBits.View(data, words);
        var decimals = GpsdApplicationText.PositionDecimals(options);
        line.BeginArray("tidals");
        for (var i = 0; i < count; i++)
        {
            var p = TidalWindowImo236Point.Read(bits, TidalWindowImo236.HeaderBits + (i * TidalWindowImo236Point.Bits));
            line.BeginObject();
            if (options.Scaled)
            {
                // gpsd scales these 1/10000-minute fields as 1/1000 minute, ten times too large; kept for compatibility.
                line.Fixed("lon", p.LongitudeTenThousandthsMinute / 60000.0, decimals);
                line.Fixed("lat", p.LatitudeTenThousandthsMinute / 60000.0, decimals);
            }
            else
            {
                line.Number("lon", p.LongitudeTenThousandthsMinute);
                line.Number("lat", p.LatitudeTenThousandthsMinute);
            }

            line.Number("from_hour", p.FromHourRaw);
            line.Number("from_min", p.FromMinuteRaw);
            line.Number("to_hour", p.ToHourRaw);
            line.Number("to_min", p.ToMinuteRaw);
            line.Number("cdir", p.CurrentDirectionRaw);
            if (options.Scaled)
            {
                line.Fixed("cspeed", p.CurrentSpeedTenthsKnot / 10.0, 1);
            }
            else
            {
                line.Number("cspeed", p.CurrentSpeedTenthsKnot);
            }

            line.EndObject();
        }

        line.EndArray();
    }
}
