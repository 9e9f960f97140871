using Entente.Ais.Applications;

namespace Entente.Ais.GpsdJson.Applications;

/// <summary>gpsd's JSON for message 8, DAC 1, FI 31.</summary>
internal static class MeteorologicalHydrologicalImo289Json
{
    public static void Write(JsonLine line, in MeteorologicalHydrologicalImo289 a, GpsdJsonOptions options)
    {
        var scaled = options.Scaled;
        if (scaled)
        {
            var decimals = GpsdApplicationText.PositionDecimals(options);
            line.Fixed("lat", a.LatitudeThousandthsMinute / 60000.0, decimals);
            line.Fixed("lon", a.LongitudeThousandthsMinute / 60000.0, decimals);
        }
        else
        {
            line.Number("lat", a.LatitudeThousandthsMinute);
            line.Number("lon", a.LongitudeThousandthsMinute);
        }

        line.Bool("accuracy", a.PositionAccuracyHigh);
        line.Text("timestamp", GpsdTime.DayTime(a.DayRaw, a.HourRaw, a.MinuteRaw));
        line.Number("wspeed", a.WindSpeedRaw);
        line.Number("wgust", a.WindGustRaw);
        line.Number("wdir", a.WindDirectionRaw);
        line.Number("wgustdir", a.WindGustDirectionRaw);
        line.Number("humidity", a.RelativeHumidityRaw);
        Tenths(line, "airtemp", a.AirTemperatureTenthsCelsius, scaled);
        Tenths(line, "dewpoint", a.DewPointTenthsCelsius, scaled);
        line.Number("pressure", scaled ? a.AirPressureRaw + 799 : a.AirPressureRaw);
        Coded(line, "pressuretend", (int)a.PressureTendency, GpsdApplicationText.Tendency((int)a.PressureTendency), scaled);
        line.Bool("visgreater", a.VisibilityGreaterThan);
        Tenths(line, "visibility", a.VisibilityTenthsNauticalMile, scaled);
        if (scaled)
        {
            // gpsd takes the offset off in unsigned arithmetic, so every level below chart datum (raw under 1000)
            // wraps to about 42949663 m; kept for compatibility.
            line.Fixed("waterlevel", (uint)(a.WaterLevelRaw - 1000) / 100.0, 1);
        }
        else
        {
            line.Number("waterlevel", a.WaterLevelRaw);
        }

        Coded(line, "leveltrend", (int)a.WaterLevelTrend, GpsdApplicationText.Tendency((int)a.WaterLevelTrend), scaled);
        Tenths(line, "cspeed", a.SurfaceCurrentSpeedTenthsKnot, scaled);
        line.Number("cdir", a.SurfaceCurrentDirectionRaw);
        Tenths(line, "cspeed2", a.Current2SpeedTenthsKnot, scaled);
        line.Number("cdir2", a.Current2DirectionRaw);
        line.Number("cdepth2", a.Current2DepthRaw);
        Tenths(line, "cspeed3", a.Current3SpeedTenthsKnot, scaled);
        line.Number("cdir3", a.Current3DirectionRaw);
        line.Number("cdepth3", a.Current3DepthRaw);
        Tenths(line, "waveheight", a.WaveHeightTenthsMetre, scaled);
        line.Number("waveperiod", a.WavePeriodRaw);
        line.Number("wavedir", a.WaveDirectionRaw);
        Tenths(line, "swellheight", a.SwellHeightTenthsMetre, scaled);
        line.Number("swellperiod", a.SwellPeriodRaw);
        line.Number("swelldir", a.SwellDirectionRaw);
        line.Number("seastate", a.SeaStateRaw);
        Tenths(line, "watertemp", a.WaterTemperatureTenthsCelsius, scaled);

        // Scaled, gpsd writes the legend in place of the code and no "_text" member.
        Coded(line, "preciptype", (int)a.Precipitation, GpsdApplicationText.Precipitation((int)a.Precipitation), scaled);
        Tenths(line, "salinity", a.SalinityTenthsPermille, scaled);
        Coded(line, "ice", a.IceRaw, GpsdApplicationText.Ice(a.IceRaw), scaled);
    }

    private static void Tenths(JsonLine line, string name, int raw, bool scaled)
    {
        if (scaled)
        {
            line.Fixed(name, raw / 10.0, 1);
        }
        else
        {
            line.Number(name, raw);
        }
    }

    private static void Coded(JsonLine line, string name, int code, string text, bool scaled)
    {
        if (scaled)
        {
            line.Text(name, text);
        }
        else
        {
            line.Number(name, code);
        }
    }
}
