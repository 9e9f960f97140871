using Entente.Ais.Messages;
using Entente.Simulation.World;

namespace Entente.Simulation.Sensors;

/// <summary>
/// The fields a transponder would put in its messages, taken from an object's true state at the start of a step
/// (ITU-R M.1371-5 resolutions: 1/10 knot, 1/10000 minute, 1/10 degree).
/// </summary>
internal static class AisReports
{
    /// <summary>Below this speed a stopped vessel reports itself moored.</summary>
    public const double MooredBelowKnots = 0.5;

    private const int SpeedNotAvailableTenths = 1023;
    private const int SpeedCapTenths = 1022;
    private const int CourseNotAvailableTenths = 3600;
    private const int HeadingNotAvailable = 511;
    private const int RateOfTurnNotAvailable = -128;

    // ±127 means "turning, no rate sensor"; a measured rate stops at ±126 (708°/min).
    private const int RateOfTurnMaximumMeasured = 126;

    public static NavigationStatus Status(SimObject ship)
    {
        if (ship.Kind == ObjectKind.Fishing)
        {
            return NavigationStatus.EngagedInFishing;
        }

        return ship.State == ObjectState.Stopped && ship.SpeedKnots < MooredBelowKnots ? NavigationStatus.Moored : NavigationStatus.UnderWayUsingEngine;
    }

    public static PositionReportClassA ClassA(SimObject ship, int mmsi, DateTimeOffset time, double? rateOfTurnDegreesPerMinute)
    {
        var (position, speedKnots, courseDegrees) = ship.Report();
        var speedTenths = SpeedTenths(speedKnots);
        return new PositionReportClassA
        {
            MessageType = 1,
            Mmsi = mmsi,
            NavigationStatus = Status(ship),
            RateOfTurnRaw = RateOfTurnRaw(rateOfTurnDegreesPerMinute),
            SpeedOverGroundTenthsKnot = speedTenths,
            PositionAccuracyHigh = true,
            LongitudeTenThousandthsMinute = TenThousandthsMinute(position.LongitudeDegrees),
            LatitudeTenThousandthsMinute = TenThousandthsMinute(position.LatitudeDegrees),
            CourseOverGroundTenthsDegree = CourseTenths(courseDegrees, speedTenths),
            TrueHeadingRaw = HeadingRaw(ship.HeadingDegrees),
            TimeStampRaw = time.UtcDateTime.Second,
        };
    }

    public static PositionReportClassB ClassB(SimObject ship, int mmsi, DateTimeOffset time)
    {
        var (position, speedKnots, courseDegrees) = ship.Report();
        var speedTenths = SpeedTenths(speedKnots);
        return new PositionReportClassB
        {
            MessageType = 18,
            Mmsi = mmsi,
            SpeedOverGroundTenthsKnot = speedTenths,
            PositionAccuracyHigh = true,
            LongitudeTenThousandthsMinute = TenThousandthsMinute(position.LongitudeDegrees),
            LatitudeTenThousandthsMinute = TenThousandthsMinute(position.LatitudeDegrees),
            CourseOverGroundTenthsDegree = CourseTenths(courseDegrees, speedTenths),
            TrueHeadingRaw = HeadingRaw(ship.HeadingDegrees),
            TimeStampRaw = time.UtcDateTime.Second,

            // A carrier-sense unit (the common "CS" kind) that can use the whole band and accepts message 22.
            IsCarrierSenseUnit = true,
            CanUseWholeBand = true,
            AcceptsMessage22 = true,
        };
    }

    /// <summary>Message 5; <paramref name="eta"/> null gives "not available".</summary>
    public static StaticAndVoyageData Voyage(SimObject ship, int mmsi, DateTime? eta)
    {
        var (bow, stern, port, starboard) = Dimensions(ship);
        return new StaticAndVoyageData
        {
            MessageType = 5,
            Mmsi = mmsi,
            AisVersion = 0,
            ImoNumberRaw = ship.ImoNumber is >= 0 and < (1 << 30) ? ship.ImoNumber : 0,
            CallSign = Text(ship.CallSign, 7),
            ShipName = Text(ship.Name, 20),
            ShipType = ship.ShipType,
            DimensionToBowMetres = bow,
            DimensionToSternMetres = stern,
            DimensionToPortMetres = port,
            DimensionToStarboardMetres = starboard,
            Epfd = EpfdType.Gps,
            EtaMonthRaw = eta?.Month ?? 0,
            EtaDayRaw = eta?.Day ?? 0,
            EtaHourRaw = eta?.Hour ?? 24,
            EtaMinuteRaw = eta?.Minute ?? 60,
            DraughtDecimetres = Math.Clamp((int)Math.Round(ship.DraughtMetres * 10, MidpointRounding.AwayFromZero), 0, 255),
            Destination = Text(ship.Destination, 20),

            // The transponder's data terminal is available.
            DteNotReady = false,
        };
    }

    public static StaticDataReportPartA PartA(SimObject ship, int mmsi) => new()
    {
        MessageType = 24,
        Mmsi = mmsi,
        PartNumber = 0,
        Name = Text(ship.Name, 20),
    };

    public static StaticDataReportPartB PartB(SimObject ship, int mmsi)
    {
        var (bow, stern, port, starboard) = Dimensions(ship);
        return new StaticDataReportPartB
        {
            MessageType = 24,
            Mmsi = mmsi,
            PartNumber = 1,
            ShipType = ship.ShipType,
            VendorId = string.Empty,
            CallSign = Text(ship.CallSign, 7),
            ToBowMetres = bow,
            ToSternMetres = stern,
            ToPortMetres = port,
            ToStarboardMetres = starboard,
        };
    }

    /// <summary>
    /// Distances from the reference point to bow, stern, port and starboard, in metres. The antenna sits on the centre
    /// line near an aft bridge, 70% of the length from the bow, as on most merchant ships.
    /// </summary>
    public static (int Bow, int Stern, int Port, int Starboard) Dimensions(SimObject ship)
    {
        var length = Math.Max(0, ship.LengthMetres);
        var beam = Math.Max(0, ship.BeamMetres);
        var bow = (int)Math.Round(0.7 * length, MidpointRounding.AwayFromZero);
        var stern = length - bow;
        var port = beam / 2;
        var starboard = beam - port;
        return (Math.Min(bow, 511), Math.Min(stern, 511), Math.Min(port, 63), Math.Min(starboard, 63));
    }

    public static int SpeedTenths(double knots) =>
        double.IsFinite(knots) && knots >= 0
            ? Math.Min(SpeedCapTenths, (int)Math.Round(knots * 10, MidpointRounding.AwayFromZero))
            : SpeedNotAvailableTenths;

    /// <summary>Course in 1/10 degree; not available when the vessel is not moving, since its course is then meaningless.</summary>
    public static int CourseTenths(double courseDegrees, int speedTenths) =>
        speedTenths == 0 || !double.IsFinite(courseDegrees)
            ? CourseNotAvailableTenths
            : (int)Math.Round(courseDegrees * 10, MidpointRounding.AwayFromZero) % 3600;

    public static int HeadingRaw(double? headingDegrees) =>
        headingDegrees is { } h && double.IsFinite(h) ? (int)Math.Round(h, MidpointRounding.AwayFromZero) % 360 : HeadingNotAvailable;

    public static int TenThousandthsMinute(double degrees) => (int)Math.Round(degrees * 600_000, MidpointRounding.AwayFromZero);

    /// <summary>ROT_AIS = 4.733·√(ROT) with the sign of the turn (positive to starboard).</summary>
    public static int RateOfTurnRaw(double? degreesPerMinute)
    {
        if (degreesPerMinute is not { } rate || !double.IsFinite(rate))
        {
            return RateOfTurnNotAvailable;
        }

        var raw = (int)Math.Round(4.733 * Math.Sqrt(Math.Abs(rate)), MidpointRounding.AwayFromZero);
        return Math.Sign(rate) * Math.Min(raw, RateOfTurnMaximumMeasured);
    }

    /// <summary>Upper case, cut to the field's width, as the six-bit alphabet carries it.</summary>
    public static string Text(string? text, int characters)
    {
        var upper = (text ?? string.Empty).Trim().ToUpperInvariant();
        return (upper.Length > characters ? upper[..characters] : upper).TrimEnd();
    }
}
