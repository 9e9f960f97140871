using Entente.Ais.Payload;

namespace Entente.Ais.Applications;

/// <summary>
/// Meteorological and hydrological data (IMO SN.1/Circ.289, message 8, DAC 1, FI 31; 304 bits of application data),
/// the successor of <see cref="MeteorologicalHydrologicalImo236"/> with signed temperatures, a position accuracy flag and
/// water level in centimetres. Missing bits of a short message read as zero.
/// </summary>
public readonly record struct MeteorologicalHydrologicalImo289 : IAisApplication
{
    /// <inheritdoc />
    public int DesignatedAreaCode => 1;

    /// <inheritdoc />
    public int FunctionalId => 31;

    /// <summary>Raw longitude of the station in 1/1000 minute; 181° not available.</summary>
    public int LongitudeThousandthsMinute { get; init; }

    /// <summary>Raw latitude of the station in 1/1000 minute; 91° not available.</summary>
    public int LatitudeThousandthsMinute { get; init; }

    /// <summary>True when the position accuracy is better than 10 m.</summary>
    public bool PositionAccuracyHigh { get; init; }

    /// <summary>Raw day of the observation (UTC): 1–31, 0 not available.</summary>
    public int DayRaw { get; init; }

    /// <summary>Raw hour (UTC): 0–23, 24 not available.</summary>
    public int HourRaw { get; init; }

    /// <summary>Raw minute: 0–59, 60 not available.</summary>
    public int MinuteRaw { get; init; }

    /// <summary>Raw 10-minute mean wind speed in knots: 0–125, 126 means 126 knots or more, 127 not available.</summary>
    public int WindSpeedRaw { get; init; }

    /// <summary>Raw 10-minute gust speed in knots: 0–125, 126 means 126 knots or more, 127 not available.</summary>
    public int WindGustRaw { get; init; }

    /// <summary>Raw wind direction in degrees: 0–359, 360 not available.</summary>
    public int WindDirectionRaw { get; init; }

    /// <summary>Raw gust direction in degrees: 0–359, 360 not available.</summary>
    public int WindGustDirectionRaw { get; init; }

    /// <summary>Raw dry-bulb air temperature in 0.1 °C: −600 to 600, −1024 not available.</summary>
    public int AirTemperatureTenthsCelsius { get; init; }

    /// <summary>Raw relative humidity in percent: 0–100, 101 not available.</summary>
    public int RelativeHumidityRaw { get; init; }

    /// <summary>Raw dew point in 0.1 °C: −200 to 500, 501 not available.</summary>
    public int DewPointTenthsCelsius { get; init; }

    /// <summary>Raw air pressure: 0 means 799 hPa or less, 1–401 mean 800–1200 hPa, 402 means 1201 hPa or more, 511 not available.</summary>
    public int AirPressureRaw { get; init; }

    /// <summary>The air pressure tendency.</summary>
    public MeteorologicalTendency PressureTendency { get; init; }

    /// <summary>True when the visibility is greater than the value given.</summary>
    public bool VisibilityGreaterThan { get; init; }

    /// <summary>Raw horizontal visibility in 0.1 nautical mile: 0–126, 127 not available.</summary>
    public int VisibilityTenthsNauticalMile { get; init; }

    /// <summary>Raw water level (deviation from chart datum, tide included) in 0.01 m above −10.00 m: 0–4000, 4001 not available.</summary>
    public int WaterLevelRaw { get; init; }

    /// <summary>The water level trend.</summary>
    public MeteorologicalTendency WaterLevelTrend { get; init; }

    /// <summary>Raw surface current speed in 0.1 knot: 0–250, 251 means 25.1 knots or more, 255 not available.</summary>
    public int SurfaceCurrentSpeedTenthsKnot { get; init; }

    /// <summary>Raw surface current direction in degrees: 0–359, 360 not available.</summary>
    public int SurfaceCurrentDirectionRaw { get; init; }

    /// <summary>Raw speed of current 2 in 0.1 knot: 0–251, 255 not available.</summary>
    public int Current2SpeedTenthsKnot { get; init; }

    /// <summary>Raw direction of current 2 in degrees: 0–359, 360 not available.</summary>
    public int Current2DirectionRaw { get; init; }

    /// <summary>Raw measuring depth of current 2 in metres: 0–30, 31 not available.</summary>
    public int Current2DepthRaw { get; init; }

    /// <summary>Raw speed of current 3 in 0.1 knot: 0–251, 255 not available.</summary>
    public int Current3SpeedTenthsKnot { get; init; }

    /// <summary>Raw direction of current 3 in degrees: 0–359, 360 not available.</summary>
    public int Current3DirectionRaw { get; init; }

    /// <summary>Raw measuring depth of current 3 in metres: 0–30, 31 not available.</summary>
    public int Current3DepthRaw { get; init; }

    /// <summary>Raw significant wave height in 0.1 m: 0–250, 251 means 25.1 m or more, 255 not available.</summary>
    public int WaveHeightTenthsMetre { get; init; }

    /// <summary>Raw wave period in seconds: 0–60, 63 not available.</summary>
    public int WavePeriodRaw { get; init; }

    /// <summary>Raw wave direction in degrees: 0–359, 360 not available.</summary>
    public int WaveDirectionRaw { get; init; }

    /// <summary>Raw swell height in 0.1 m: 0–250, 251 means 25.1 m or more, 255 not available.</summary>
    public int SwellHeightTenthsMetre { get; init; }

    /// <summary>Raw swell period in seconds: 0–60, 63 not available.</summary>
    public int SwellPeriodRaw { get; init; }

    /// <summary>Raw swell direction in degrees: 0–359, 360 not available.</summary>
    public int SwellDirectionRaw { get; init; }

    /// <summary>Raw sea state on the Beaufort scale: 0–12, 13 not available, 14–15 reserved.</summary>
    public int SeaStateRaw { get; init; }

    /// <summary>Raw water temperature in 0.1 °C: −100 to 500, 501 not available.</summary>
    public int WaterTemperatureTenthsCelsius { get; init; }

    /// <summary>The type of precipitation.</summary>
    public PrecipitationType Precipitation { get; init; }

    /// <summary>Raw salinity in 0.1 ‰: 0–500, 501 means 50.1 ‰ or more, 510 not available, 511 no sensor.</summary>
    public int SalinityTenthsPermille { get; init; }

    /// <summary>Raw ice: 0 no, 1 yes, 2 reserved, 3 not available.</summary>
    public int IceRaw { get; init; }

    /// <summary>Longitude in degrees, or null when not available.</summary>
    public double? LongitudeDegrees => ApplicationFields.LongitudeDegreesThousandthMinute(LongitudeThousandthsMinute);

    /// <summary>Latitude in degrees, or null when not available.</summary>
    public double? LatitudeDegrees => ApplicationFields.LatitudeDegreesThousandthMinute(LatitudeThousandthsMinute);

    /// <summary>Day of the observation, or null when not available.</summary>
    public int? Day => ApplicationFields.Day(DayRaw);

    /// <summary>Hour of the observation (UTC), or null when not available.</summary>
    public int? Hour => ApplicationFields.Hour(HourRaw);

    /// <summary>Minute of the observation, or null when not available.</summary>
    public int? Minute => ApplicationFields.Minute(MinuteRaw);

    /// <summary>Mean wind speed in knots (126 meaning 126 or more), or null when not available.</summary>
    public int? WindSpeedKnots => ApplicationFields.Whole(WindSpeedRaw, 0, 126);

    /// <summary>Gust speed in knots (126 meaning 126 or more), or null when not available.</summary>
    public int? WindGustKnots => ApplicationFields.Whole(WindGustRaw, 0, 126);

    /// <summary>Wind direction in degrees true, or null when not available.</summary>
    public int? WindDirectionDegrees => ApplicationFields.Direction(WindDirectionRaw);

    /// <summary>Gust direction in degrees true, or null when not available.</summary>
    public int? WindGustDirectionDegrees => ApplicationFields.Direction(WindGustDirectionRaw);

    /// <summary>Air temperature in °C, or null when not available.</summary>
    public double? AirTemperatureCelsius => ApplicationFields.Tenths(AirTemperatureTenthsCelsius, -600, 600);

    /// <summary>Relative humidity in percent, or null when not available.</summary>
    public int? RelativeHumidityPercent => ApplicationFields.Whole(RelativeHumidityRaw, 0, 100);

    /// <summary>Dew point in °C, or null when not available.</summary>
    public double? DewPointCelsius => ApplicationFields.Tenths(DewPointTenthsCelsius, -200, 500);

    /// <summary>Air pressure in hPa (799 meaning 799 or less, 1201 meaning 1201 or more), or null when not available.</summary>
    public int? AirPressureHectopascals => AirPressureRaw is >= 0 and <= 402 ? AirPressureRaw + 799 : null;

    /// <summary>Horizontal visibility in nautical miles, or null when not available.</summary>
    public double? VisibilityNauticalMiles => ApplicationFields.Tenths(VisibilityTenthsNauticalMile, 0, 126);

    /// <summary>Water level in metres, or null when not available.</summary>
    public double? WaterLevelMetres => WaterLevelRaw is >= 0 and <= 4000 ? (WaterLevelRaw - 1000) / 100.0 : null;

    /// <summary>Surface current speed in knots (25.1 meaning 25.1 or more), or null when not available.</summary>
    public double? SurfaceCurrentSpeedKnots => ApplicationFields.Tenths(SurfaceCurrentSpeedTenthsKnot, 0, 251);

    /// <summary>Surface current direction in degrees true, or null when not available.</summary>
    public int? SurfaceCurrentDirectionDegrees => ApplicationFields.Direction(SurfaceCurrentDirectionRaw);

    /// <summary>Speed of current 2 in knots, or null when not available.</summary>
    public double? Current2SpeedKnots => ApplicationFields.Tenths(Current2SpeedTenthsKnot, 0, 251);

    /// <summary>Direction of current 2 in degrees true, or null when not available.</summary>
    public int? Current2DirectionDegrees => ApplicationFields.Direction(Current2DirectionRaw);

    /// <summary>Measuring depth of current 2 in metres, or null when not available.</summary>
    public int? Current2DepthMetres => ApplicationFields.Whole(Current2DepthRaw, 0, 30);

    /// <summary>Speed of current 3 in knots, or null when not available.</summary>
    public double? Current3SpeedKnots => ApplicationFields.Tenths(Current3SpeedTenthsKnot, 0, 251);

    /// <summary>Direction of current 3 in degrees true, or null when not available.</summary>
    public int? Current3DirectionDegrees => ApplicationFields.Direction(Current3DirectionRaw);

    /// <summary>Measuring depth of current 3 in metres, or null when not available.</summary>
    public int? Current3DepthMetres => ApplicationFields.Whole(Current3DepthRaw, 0, 30);

    /// <summary>Significant wave height in metres (25.1 meaning 25.1 or more), or null when not available.</summary>
    public double? WaveHeightMetres => ApplicationFields.Tenths(WaveHeightTenthsMetre, 0, 251);

    /// <summary>Wave period in seconds, or null when not available.</summary>
    public int? WavePeriodSeconds => ApplicationFields.Whole(WavePeriodRaw, 0, 60);

    /// <summary>Wave direction in degrees true, or null when not available.</summary>
    public int? WaveDirectionDegrees => ApplicationFields.Direction(WaveDirectionRaw);

    /// <summary>Swell height in metres (25.1 meaning 25.1 or more), or null when not available.</summary>
    public double? SwellHeightMetres => ApplicationFields.Tenths(SwellHeightTenthsMetre, 0, 251);

    /// <summary>Swell period in seconds, or null when not available.</summary>
    public int? SwellPeriodSeconds => ApplicationFields.Whole(SwellPeriodRaw, 0, 60);

    /// <summary>Swell direction in degrees true, or null when not available.</summary>
    public int? SwellDirectionDegrees => ApplicationFields.Direction(SwellDirectionRaw);

    /// <summary>Sea state on the Beaufort scale, or null when not available.</summary>
    public int? SeaStateBeaufort => ApplicationFields.Whole(SeaStateRaw, 0, 12);

    /// <summary>Water temperature in °C, or null when not available.</summary>
    public double? WaterTemperatureCelsius => ApplicationFields.Tenths(WaterTemperatureTenthsCelsius, -100, 500);

    /// <summary>Salinity in ‰ (50.1 meaning 50.1 or more), or null when not available.</summary>
    public double? SalinityPermille => ApplicationFields.Tenths(SalinityTenthsPermille, 0, 501);

    /// <summary>Whether there is ice, or null when not available.</summary>
    public bool? Ice => IceRaw switch { 0 => false, 1 => true, _ => null };

    internal static bool TryRead(in AisPayload bits, out MeteorologicalHydrologicalImo289 application)
    {
        application = new MeteorologicalHydrologicalImo289
        {
            LongitudeThousandthsMinute = bits.TwosComplement(0, 25),
            LatitudeThousandthsMinute = bits.TwosComplement(25, 24),
            PositionAccuracyHigh = bits.Flag(49),
            DayRaw = (int)bits.Field(50, 5),
            HourRaw = (int)bits.Field(55, 5),
            MinuteRaw = (int)bits.Field(60, 6),
            WindSpeedRaw = (int)bits.Field(66, 7),
            WindGustRaw = (int)bits.Field(73, 7),
            WindDirectionRaw = (int)bits.Field(80, 9),
            WindGustDirectionRaw = (int)bits.Field(89, 9),
            AirTemperatureTenthsCelsius = bits.TwosComplement(98, 11),
            RelativeHumidityRaw = (int)bits.Field(109, 7),
            DewPointTenthsCelsius = bits.TwosComplement(116, 10),
            AirPressureRaw = (int)bits.Field(126, 9),
            PressureTendency = (MeteorologicalTendency)bits.Field(135, 2),
            VisibilityGreaterThan = bits.Flag(137),
            VisibilityTenthsNauticalMile = (int)bits.Field(138, 7),
            WaterLevelRaw = (int)bits.Field(145, 12),
            WaterLevelTrend = (MeteorologicalTendency)bits.Field(157, 2),
            SurfaceCurrentSpeedTenthsKnot = (int)bits.Field(159, 8),
            SurfaceCurrentDirectionRaw = (int)bits.Field(167, 9),
            Current2SpeedTenthsKnot = (int)bits.Field(176, 8),
            Current2DirectionRaw = (int)bits.Field(184, 9),
            Current2DepthRaw = (int)bits.Field(193, 5),
            Current3SpeedTenthsKnot = (int)bits.Field(198, 8),
            Current3DirectionRaw = (int)bits.Field(206, 9),
            Current3DepthRaw = (int)bits.Field(215, 5),
            WaveHeightTenthsMetre = (int)bits.Field(220, 8),
            WavePeriodRaw = (int)bits.Field(228, 6),
            WaveDirectionRaw = (int)bits.Field(234, 9),
            SwellHeightTenthsMetre = (int)bits.Field(243, 8),
            SwellPeriodRaw = (int)bits.Field(251, 6),
            SwellDirectionRaw = (int)bits.Field(257, 9),
            SeaStateRaw = (int)bits.Field(266, 4),
            WaterTemperatureTenthsCelsius = bits.TwosComplement(270, 10),
            Precipitation = (PrecipitationType)bits.Field(280, 3),
            SalinityTenthsPermille = (int)bits.Field(283, 9),
            IceRaw = (int)bits.Field(292, 2),
        };
        return true;
    }
}
