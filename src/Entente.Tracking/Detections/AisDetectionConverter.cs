using Entente.Ais.Decoding;
using Entente.Ais.Messages;
using Entente.Core.Positions;
using Entente.Core.Projection;
using Entente.Core.Units;
using Entente.Tracking.Models;
using Entente.Tracking.Types;

namespace Entente.Tracking.Detections;

/// <summary>
/// Turns decoded AIS position reports (messages 1–3, 18 and 19) into tracker detections that measure position and
/// velocity, in the one Channel projection (course over ground turned from true to grid north with the convergence at
/// the report's position). Names from static reports (5, 19, 24 A) are remembered and carried on later reports. The
/// same report heard by two shore receivers is passed on once.
/// </summary>
/// <remarks>Not thread-safe: one converter per pipeline.</remarks>
public sealed class AisDetectionConverter
{
    // A fix is given to the second, so its time is known to about ±0.5 s: along the track that is speed × 0.29 s (one sigma
    // of a uniform half-second), on top of the receiver's 10 m.
    private const double FixSigmaMetres = 10;
    private const double LowAccuracyFixSigmaMetres = 30;
    private const double TimeSigmaSeconds = 0.29;
    private const double SpeedSigmaMetresPerSecond = 0.3;
    private const double SlowKnots = 1;
    private const double SlowVelocitySigmaMetresPerSecond = 1;
    private static readonly TimeSpan DuplicateWindow = TimeSpan.FromSeconds(10);

    private readonly Dictionary<int, string> _names = [];
    private readonly Dictionary<int, (DateTimeOffset Time, int Lat, int Lon, int Sog, int Cog)> _last = [];
    private readonly Dictionary<(double, double), IMeasurementModel> _models = [];

    /// <summary>Position reports turned into detections.</summary>
    public long Reports { get; private set; }

    /// <summary>Reports passed over because another receiver's copy was already used.</summary>
    public long Duplicates { get; private set; }

    /// <summary>Position reports without a usable position, speed or course ("not available" values).</summary>
    public long Unusable { get; private set; }

    /// <summary>Converts one decoded message.</summary>
    /// <param name="message">The message.</param>
    /// <param name="receivedAt">When it was received, UTC (the tag block's <c>c:</c> time where there is one).</param>
    /// <returns>The detection, or null for a message that is not a usable, new position report.</returns>
    public TrackerDetection? Convert(IAisMessage message, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(message);
        switch (message)
        {
            case PositionReportClassA a:
                return Position(a.Mmsi, a.LatitudeTenThousandthsMinute, a.LongitudeTenThousandthsMinute, a.SpeedOverGroundTenthsKnot,
                    a.CourseOverGroundTenthsDegree, a.PositionAccuracyHigh, receivedAt);
            case PositionReportClassB b:
                return Position(b.Mmsi, b.LatitudeTenThousandthsMinute, b.LongitudeTenThousandthsMinute, b.SpeedOverGroundTenthsKnot,
                    b.CourseOverGroundTenthsDegree, b.PositionAccuracyHigh, receivedAt);
            case ExtendedPositionReportClassB e:
                Remember(e.Mmsi, e.Name);
                return Position(e.Mmsi, e.LatitudeTenThousandthsMinute, e.LongitudeTenThousandthsMinute, e.SpeedOverGroundTenthsKnot,
                    e.CourseOverGroundTenthsDegree, e.PositionAccuracyHigh, receivedAt);
            case StaticAndVoyageData s:
                Remember(s.Mmsi, s.ShipName);
                return null;
            case StaticDataReportPartA p:
                Remember(p.Mmsi, p.Name);
                return null;
            default:
                return null;
        }
    }

    /// <summary>Converts the message of a decoder result, timed by its tag block's <c>c:</c> field.</summary>
    /// <param name="result">What the decoder gave for a line.</param>
    /// <param name="untimed">The time to use when the line had no tag-block time.</param>
    /// <returns>The detection, or null when the line held no usable, new position report.</returns>
    public TrackerDetection? Convert(AisDecodeResult result, DateTimeOffset untimed)
    {
        if (result.Status != AisDecodeStatus.Message || result.Message is null)
        {
            return null;
        }

        var received = result.Reception.UnixTimeMilliseconds is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : untimed;
        return Convert(result.Message, received);
    }

    private void Remember(int mmsi, string? name)
    {
        var trimmed = name?.Trim().TrimEnd('@').Trim();
        if (!string.IsNullOrEmpty(trimmed))
        {
            _names[mmsi] = trimmed;
        }
    }

    private TrackerDetection? Position(int mmsi, int latRaw, int lonRaw, int sogRaw, int cogRaw, bool accurate, DateTimeOffset time)
    {
        var lat = AisFields.LatitudeDegrees(latRaw);
        var lon = AisFields.LongitudeDegrees(lonRaw);
        var sog = AisFields.SpeedKnotsTenths(sogRaw);
        var cog = AisFields.CourseDegreesTenths(cogRaw);
        if (lat is null || lon is null || sog is null || (cog is null && sog >= SlowKnots))
        {
            Unusable++;
            return null;
        }

        if (_last.TryGetValue(mmsi, out var last) && last.Lat == latRaw && last.Lon == lonRaw && last.Sog == sogRaw && last.Cog == cogRaw &&
            (time - last.Time).Duration() <= DuplicateWindow)
        {
            Duplicates++;
            return null;
        }

        _last[mmsi] = (time, latRaw, lonRaw, sogRaw, cogRaw);
        Reports++;
        var position = GeoPosition.FromDegrees(lat.Value, lon.Value);
        var point = ChannelProjection.Project(position);
        var speed = UnitConversions.KnotsToMetresPerSecond(sog.Value);
        var gridCourse = UnitConversions.DegreesToRadians((cog ?? 0) - ChannelProjection.ConvergenceDegrees(position));
        var fix = accurate ? FixSigmaMetres : LowAccuracyFixSigmaMetres;
        var sigmaPosition = Math.Round(Math.Sqrt((fix * fix) + Math.Pow(speed * TimeSigmaSeconds, 2)));
        var sigmaVelocity = sog < SlowKnots ? SlowVelocitySigmaMetresPerSecond : SpeedSigmaMetresPerSecond;
        if (!_models.TryGetValue((sigmaPosition, sigmaVelocity), out var model))
        {
            model = new PositionVelocityMeasurementModel(sigmaPosition, sigmaVelocity);
            _models.Add((sigmaPosition, sigmaVelocity), model);
        }

        var vx = speed * Math.Sin(gridCourse);
        var vy = speed * Math.Cos(gridCourse);
        return new TrackerDetection(time, "ais", Core.Detections.DetectionKind.Ais, Matrix.Column(point.EastingMetres, vx, point.NorthingMetres, vy),
            model, point, sigmaPosition)
        {
            Mmsi = mmsi,
            Name = _names.GetValueOrDefault(mmsi),
        };
    }
}
