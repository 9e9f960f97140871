using Entente.Ais.Applications;

namespace Entente.Ais.GpsdJson.Applications;

/// <summary>gpsd's JSON for message 8, DAC 1, FI 11.</summary>
internal static class MeteorologicalHydrologicalImo236Json
{
    public static void Write(JsonLine line, in MeteorologicalHydrologicalImo236 a, GpsdJsonOptions options)
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

        line.Text("timestamp", GpsdTime.DayTime(a.DayRaw, a.HourRaw, a.MinuteRaw));
        line.Number("wspeed", a.WindSpeedRaw);
        line.Number("wgust", a.WindGustRaw);
        line.Number("wdir", a.WindDirectionRaw);
        line.Number("wgustdir", a.WindGustDirectionRaw);
        line.Number("humidity", a.RelativeHumidityRaw);

        // Scaled, gpsd applies each field's offset to every value, "not available" included (2047 → 144.7 °C).
        Tenths(line, "airtemp", a.AirTemperatureRaw, 600, scaled);
        Tenths(line, "dewpoint", a.DewPointRaw, 200, scaled);
        line.Number("pressure", scaled ? a.AirPressureRaw + 800 : a.AirPressureRaw);
        Tendency(line, "pressuretend", a.PressureTendency, scaled);
        Tenths(line, "visibility", a.VisibilityTenthsNauticalMile, 0, scaled);
        Tenths(line, "waterlevel", a.WaterLevelRaw, 100, scaled);
        Tendency(line, "leveltrend", a.WaterLevelTrend, scaled);
        Tenths(line, "cspeed", a.SurfaceCurrentSpeedTenthsKnot, 0, scaled);
        line.Number("cdir", a.SurfaceCurrentDirectionRaw);
        Tenths(line, "cspeed2", a.Current2SpeedTenthsKnot, 0, scaled);
        line.Number("cdir2", a.Current2DirectionRaw);
        line.Number("cdepth2", a.Current2DepthRaw);
        Tenths(line, "cspeed3", a.Current3SpeedTenthsKnot, 0, scaled);
        line.Number("cdir3", a.Current3DirectionRaw);
        line.Number("cdepth3", a.Current3DepthRaw);
        Tenths(line, "waveheight", a.WaveHeightTenthsMetre, 0, scaled);
        line.Number("waveperiod", a.WavePeriodRaw);
        line.Number("wavedir", a.WaveDirectionRaw);
        Tenths(line, "swellheight", a.SwellHeightTenthsMetre, 0, scaled);
        line.Number("swellperiod", a.SwellPeriodRaw);
        line.Number("swelldir", a.SwellDirectionRaw);
        line.Number("seastate", a.SeaStateRaw);
        Tenths(line, "watertemp", a.WaterTemperatureRaw, 100, scaled);
        line.Number("preciptype", (int)a.Precipitation);
        line.Text("preciptype_text", GpsdApplicationText.Precipitation((int)a.Precipitation));
        Tenths(line, "salinity", a.SalinityTenthsPermille, 0, scaled);
        line.Number("ice", a.IceRaw);
        line.Text("ice_text", GpsdApplicationText.Ice(a.IceRaw));
    }

    private static void Tenths(JsonLine line, string name, int raw, int offset, bool scaled)
    {
        if (scaled)
        {
            line.Fixed(name, (raw - offset) / 10.0, 1);
        }
        else
        {
            line.Number(name, raw);
        }
    }

    private static void Tendency(JsonLine line, string name, MeteorologicalTendency tendency, bool scaled)
    {
        if (scaled)
        {
            line.Text(name, GpsdApplicationText.Tendency((int)tendency));
        }
        else
        {
            line.Number(name, (int)tendency);
        }
    }
}
