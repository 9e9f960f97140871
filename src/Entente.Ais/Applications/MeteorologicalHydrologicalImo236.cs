using Entente.Ais.Payload;

namespace Entente.Ais.Applications;

/// <summary>
/// Meteorological and hydrological data (IMO SN.1/Circ.236, message 8, DAC 1, FI 11; 296 bits of application data),
/// deprecated by <see cref="MeteorologicalHydrologicalImo289"/> but still broadcast. Every "not available" value is the
/// field's highest value. Missing bits of a short message read as zero.
/// </summary>
public readonly record struct MeteorologicalHydrologicalImo236 : IAisApplication
{
    /// <inheritdoc />
    public int DesignatedAreaCode => 1;

    /// <inheritdoc />
    public int FunctionalId => 11;

    /// <summary>Raw latitude of the station in 1/1000 minute; 0x7FFFFF not available.</summary>
    public int LatitudeThousandthsMinute { get; init; }

    /// <summary>Raw longitude of the station in 1/1000 minute; 0xFFFFFF not available.</summary>
    public int LongitudeThousandthsMinute { get; init; }

    /// <summary>Raw day of the observation (UTC): 1–31; day 31, hour 31 and minute 63 together mean not available.</summary>
    public int DayRaw { get; init; }

    /// <summary>Raw hour (UTC): 0–23, 31 not available.</summary>
    public int HourRaw { get; init; }

    /// <summary>Raw minute: 0–59, 63 not available.</summary>
    public int MinuteRaw { get; init; }

    /// <summary>Raw 10-minute mean wind speed in knots: 0–126, 127 not available.</summary>
    public int WindSpeedRaw { get; init; }

    /// <summary>Raw 10-minute gust speed in knots: 0–126, 127 not available.</summary>
    public int WindGustRaw { get; init; }

    /// <summary>Raw wind direction in degrees: 0–359, 511 not available.</summary>
    public int WindDirectionRaw { get; init; }

    /// <summary>Raw gust direction in degrees: 0–359, 511 not available.</summary>
    public int WindGustDirectionRaw { get; init; }

    /// <summary>Raw dry-bulb air temperature in 0.1 °C above −60.0 °C: 0–1200, 2047 not available.</summary>
    public int AirTemperatureRaw { get; init; }

    /// <summary>Raw relative humidity in percent: 0–100, 127 not available.</summary>
    public int RelativeHumidityRaw { get; init; }

    /// <summary>Raw dew point in 0.1 °C above −20.0 °C: 0–700, 1023 not available.</summary>
    public int DewPointRaw { get; init; }

    /// <summary>Raw air pressure in hPa above 800 hPa: 0–400, 511 not available.</summary>
    public int AirPressureRaw { get; init; }

    /// <summary>The air pressure tendency.</summary>
    public MeteorologicalTendency PressureTendency { get; init; }

    /// <summary>Raw horizontal visibility in 0.1 nautical mile: 0–250, 255 not available.</summary>
    public int VisibilityTenthsNauticalMile { get; init; }

    /// <summary>Raw water level (deviation from chart datum, tide included) in 0.1 m above −10.0 m: 0–400, 511 not available.</summary>
    public int WaterLevelRaw { get; init; }

    /// <summary>The water level trend.</summary>
    public MeteorologicalTendency WaterLevelTrend { get; init; }

    /// <summary>Raw surface current speed in 0.1 knot: 0–250, 255 not available.</summary>
    public int SurfaceCurrentSpeedTenthsKnot { get; init; }

    /// <summary>Raw surface current direction in degrees: 0–359, 511 not available.</summary>
    public int SurfaceCurrentDirectionRaw { get; init; }

    /// <summary>Raw speed of current 2 in 0.1 knot: 0–250, 255 not available.</summary>
    public int Current2SpeedTenthsKnot { get; init; }

    /// <summary>Raw direction of current 2 in degrees: 0–359, 511 not available.</summary>
    public int Current2DirectionRaw { get; init; }

    /// <summary>Raw measuring depth of current 2 in metres: 0–30, 31 not available.</summary>
    public int Current2DepthRaw { get; init; }

    /// <summary>Raw speed of current 3 in 0.1 knot: 0–250, 255 not available.</summary>
    public int Current3SpeedTenthsKnot { get; init; }

    /// <summary>Raw direction of current 3 in degrees: 0–359, 511 not available.</summary>
    public int Current3DirectionRaw { get; init; }

    /// <summary>Raw measuring depth of current 3 in metres: 0–30, 31 not available.</summary>
    public int Current3DepthRaw { get; init; }

    /// <summary>Raw significant wave height in 0.1 m: 0–250, 255 not available.</summary>
    public int WaveHeightTenthsMetre { get; init; }

    /// <summary>Raw wave period in seconds: 0–60, 63 not available.</summary>
    public int WavePeriodRaw { get; init; }

    /// <summary>Raw wave direction in degrees: 0–359, 511 not available.</summary>
    public int WaveDirectionRaw { get; init; }

    /// <summary>Raw swell height in 0.1 m: 0–250, 255 not available.</summary>
    public int SwellHeightTenthsMetre { get; init; }

    /// <summary>Raw swell period in seconds: 0–60, 63 not available.</summary>
    public int SwellPeriodRaw { get; init; }

    /// <summary>Raw swell direction in degrees: 0–359, 511 not available.</summary>
    public int SwellDirectionRaw { get; init; }

    /// <summary>Raw sea state on the Beaufort scale: 0–12, 13 not available, 14–15 reserved.</summary>
    public int SeaStateRaw { get; init; }

    /// <summary>Raw water temperature in 0.1 °C above −10.0 °C: 0–600, 1023 not available.</summary>
    public int WaterTemperatureRaw { get; init; }

    /// <summary>The type of precipitation.</summary>
    public PrecipitationType Precipitation { get; init; }

    /// <summary>Raw salinity in 0.1 ‰: 0–500, 511 not available.</summary>
    public int SalinityTenthsPermille { get; init; }

    /// <summary>Raw ice: 0 no, 1 yes, 2 reserved, 3 not available.</summary>
    public int IceRaw { get; init; }

    /// <summary>Latitude in degrees, or null when not available.</summary>
    public double? LatitudeDegrees => ApplicationFields.LatitudeDegreesThousandthMinute(LatitudeThousandthsMinute);

    /// <summary>Longitude in degrees, or null when not available.</summary>
    public double? LongitudeDegrees => ApplicationFields.LongitudeDegreesThousandthMinute(LongitudeThousandthsMinute);

    /// <summary>Day of the observation, or null when the time is not available.</summary>
    public int? Day => TimeAvailable ? ApplicationFields.Day(DayRaw) : null;

    /// <summary>Hour of the observation (UTC), or null when not available.</summary>
    public int? Hour => ApplicationFields.Hour(HourRaw);

    /// <summary>Minute of the observation, or null when not available.</summary>
    public int? Minute => ApplicationFields.Minute(MinuteRaw);

    /// <summary>Mean wind speed in knots, or null when not available.</summary>
    public int? WindSpeedKnots => ApplicationFields.Whole(WindSpeedRaw, 0, 126);

    /// <summary>Gust speed in knots, or null when not available.</summary>
    public int? WindGustKnots => ApplicationFields.Whole(WindGustRaw, 0, 126);

    /// <summary>Wind direction in degrees true, or null when not available.</summary>
    public int? WindDirectionDegrees => ApplicationFields.Direction(WindDirectionRaw);

    /// <summary>Gust direction in degrees true, or null when not available.</summary>
    public int? WindGustDirectionDegrees => ApplicationFields.Direction(WindGustDirectionRaw);

    /// <summary>Air temperature in °C, or null when not available.</summary>
    public double? AirTemperatureCelsius => ApplicationFields.Tenths(AirTemperatureRaw, 0, 1200, 600);

    /// <summary>Relative humidity in percent, or null when not available.</summary>
    public int? RelativeHumidityPercent => ApplicationFields.Whole(RelativeHumidityRaw, 0, 100);

    /// <summary>Dew point in °C, or null when not available.</summary>
    public double? DewPointCelsius => ApplicationFields.Tenths(DewPointRaw, 0, 700, 200);

    /// <summary>Air pressure in hPa, or null when not available.</summary>
    public int? AirPressureHectopascals => AirPressureRaw is >= 0 and <= 400 ? AirPressureRaw + 800 : null;

    /// <summary>Horizontal visibility in nautical miles, or null when not available.</summary>
    public double? VisibilityNauticalMiles => ApplicationFields.Tenths(VisibilityTenthsNauticalMile, 0, 250);

    /// <summary>Water level in metres, or null when not available.</summary>
    public double? WaterLevelMetres => ApplicationFields.Tenths(WaterLevelRaw, 0, 400, 100);

    /// <summary>Surface current speed in knots, or null when not available.</summary>
    public double? SurfaceCurrentSpeedKnots => ApplicationFields.Tenths(SurfaceCurrentSpeedTenthsKnot, 0, 250);

    /// <summary>Surface current direction in degrees true, or null when not available.</summary>
    public int? SurfaceCurrentDirectionDegrees => ApplicationFields.Direction(SurfaceCurrentDirectionRaw);

    /// <summary>Speed of current 2 in knots, or null when not available.</summary>
    public double? Current2SpeedKnots => ApplicationFields.Tenths(Current2SpeedTenthsKnot, 0, 250);

    /// <summary>Direction of current 2 in degrees true, or null when not available.</summary>
    public int? Current2DirectionDegrees => ApplicationFields.Direction(Current2DirectionRaw);

    /// <summary>Measuring depth of current 2 in metres, or null when not available.</summary>
    public int? Current2DepthMetres => ApplicationFields.Whole(Current2DepthRaw, 0, 30);

    /// <summary>Speed of current 3 in knots, or null when not available.</summary>
    public double? Current3SpeedKnots => ApplicationFields.Tenths(Current3SpeedTenthsKnot, 0, 250);

    /// <summary>Direction of current 3 in degrees true, or null when not available.</summary>
    public int? Current3DirectionDegrees => ApplicationFields.Direction(Current3DirectionRaw);

    /// <summary>Measuring depth of current 3 in metres, or null when not available.</summary>
    public int? Current3DepthMetres => ApplicationFields.Whole(Current3DepthRaw, 0, 30);

    /// <summary>Significant wave height in metres, or null when not available.</summary>
    public double? WaveHeightMetres => ApplicationFields.Tenths(WaveHeightTenthsMetre, 0, 250);

    /// <summary>Wave period in seconds, or null when not available.</summary>
    public int? WavePeriodSeconds => ApplicationFields.Whole(WavePeriodRaw, 0, 60);

    /// <summary>Wave direction in degrees true, or null when not available.</summary>
    public int? WaveDirectionDegrees => ApplicationFields.Direction(WaveDirectionRaw);

    /// <summary>Swell height in metres, or null when not available.</summary>
    public double? SwellHeightMetres => ApplicationFields.Tenths(SwellHeightTenthsMetre, 0, 250);

    /// <summary>Swell period in seconds, or null when not available.</summary>
    public int? SwellPeriodSeconds => ApplicationFields.Whole(SwellPeriodRaw, 0, 60);

    /// <summary>Swell direction in degrees true, or null when not available.</summary>
    public int? SwellDirectionDegrees => ApplicationFields.Direction(SwellDirectionRaw);

    /// <summary>Sea state on the Beaufort scale, or null when not available.</summary>
    public int? SeaStateBeaufort => ApplicationFields.Whole(SeaStateRaw, 0, 12);

    /// <summary>Water temperature in °C, or null when not available.</summary>
    public double? WaterTemperatureCelsius => ApplicationFields.Tenths(WaterTemperatureRaw, 0, 600, 100);

    /// <summary>Salinity in ‰, or null when not available.</summary>
    public double? SalinityPermille => ApplicationFields.Tenths(SalinityTenthsPermille, 0, 500);

    /// <summary>Whether there is ice, or null when not available.</summary>
    public bool? Ice => IceRaw switch { 0 => false, 1 => true, _ => null };

    private bool TimeAvailable => !(DayRaw == 31 && HourRaw == 31 && MinuteRaw == 63);

    internal static bool TryRead(in AisPayload bits, out MeteorologicalHydrologicalImo236 application)
    {
        application = new MeteorologicalHydrologicalImo236
        {
            LatitudeThousandthsMinute = bits.TwosComplement(0, 24),
            LongitudeThousandthsMinute = bits.TwosComplement(24, 25),
            DayRaw = (int)bits.Field(49, 5),
            HourRaw = (int)bits.Field(54, 5),
            MinuteRaw = (int)bits.Field(59, 6),
            WindSpeedRaw = (int)bits.Field(65, 7),
            WindGustRaw = (int)bits.Field(72, 7),
            WindDirectionRaw = (int)bits.Field(79, 9),
            WindGustDirectionRaw = (int)bits.Field(88, 9),
            AirTemperatureRaw = (int)bits.Field(97, 11),
            RelativeHumidityRaw = (int)bits.Field(108, 7),
            DewPointRaw = (int)bits.Field(115, 10),
            AirPressureRaw = (int)bits.Field(125, 9),
            PressureTendency = (MeteorologicalTendency)bits.Field(134, 2),
            VisibilityTenthsNauticalMile = (int)bits.Field(136, 8),
            WaterLevelRaw = (int)bits.Field(144, 9),
            WaterLevelTrend = (MeteorologicalTendency)bits.Field(153, 2),
            SurfaceCurrentSpeedTenthsKnot = (int)bits.Field(155, 8),
            SurfaceCurrentDirectionRaw = (int)bits.Field(163, 9),
            Current2SpeedTenthsKnot = (int)bits.Field(172, 8),
            Current2DirectionRaw = (int)bits.Field(180, 9),
            Current2DepthRaw = (int)bits.Field(189, 5),
            Current3SpeedTenthsKnot = (int)bits.Field(194, 8),
            Current3DirectionRaw = (int)bits.Field(202, 9),
            Current3DepthRaw = (int)bits.Field(211, 5),
            WaveHeightTenthsMetre = (int)bits.Field(216, 8),
            WavePeriodRaw = (int)bits.Field(224, 6),
            WaveDirectionRaw = (int)bits.Field(230, 9),
            SwellHeightTenthsMetre = (int)bits.Field(239, 8),
            SwellPeriodRaw = (int)bits.Field(247, 6),
            SwellDirectionRaw = (int)bits.Field(253, 9),
            SeaStateRaw = (int)bits.Field(262, 4),
            WaterTemperatureRaw = (int)bits.Field(266, 10),
            Precipitation = (PrecipitationType)bits.Field(276, 3),
            SalinityTenthsPermille = (int)bits.Field(279, 9),
            IceRaw = (int)bits.Field(288, 2),
        };
        return true;
    }
}
