using Entente.Core.Detections;
using Entente.Core.Projection;
using Entente.Core.Units;
using Entente.Tracking.Models;
using Entente.Tracking.Types;

namespace Entente.Tracking.Detections;

/// <summary>
/// Turns detections of the common format (<see cref="DetectionRecord"/>) into tracker detections in the one Channel
/// projection: radar plots as range and grid bearing from their projected site (true bearing minus the meridian
/// convergence there), other kinds as projected positions. Measurement models are shared per sensor and sigma.
/// </summary>
/// <remarks>Not thread-safe: one converter per pipeline.</remarks>
public sealed class DetectionConverter
{
    private readonly Dictionary<(string Sensor, double SigmaA, double SigmaB), IMeasurementModel> _models = [];
    private readonly Dictionary<string, (ProjectedPoint Site, double ConvergenceDegrees)> _sites = new(StringComparer.Ordinal);

    /// <summary>Converts one detection.</summary>
    /// <param name="record">The detection.</param>
    /// <returns>The tracker's view of it.</returns>
    public TrackerDetection Convert(DetectionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Kind == DetectionKind.Radar)
        {
            if (!_sites.TryGetValue(record.Sensor, out var site))
            {
                var position = record.SensorPosition!.Value;
                site = (ChannelProjection.Project(position), ChannelProjection.ConvergenceDegrees(position));
                _sites.Add(record.Sensor, site);
            }

            var sigmaRange = record.SigmaRangeMetres!.Value;
            var sigmaBearing = UnitConversions.DegreesToRadians(record.SigmaBearingDegrees!.Value);
            var key = (record.Sensor, sigmaRange, sigmaBearing);
            if (!_models.TryGetValue(key, out var model))
            {
                model = new RangeBearingMeasurementModel(site.Site, sigmaRange, sigmaBearing);
                _models.Add(key, model);
            }

            var range = record.RangeMetres!.Value;
            var bearing = UnitConversions.DegreesToRadians(record.BearingDegrees!.Value - site.ConvergenceDegrees);
            var point = new ProjectedPoint(site.Site.EastingMetres + (range * Math.Sin(bearing)), site.Site.NorthingMetres + (range * Math.Cos(bearing)));
            // The plot's error ellipse in easting/northing: σ_range along the line of sight, range·σ_bearing across it.
            var (sin, cos) = Math.SinCos(bearing);
            var along = sigmaRange * sigmaRange;
            var across = range * range * sigmaBearing * sigmaBearing;
            var covariance = Matrix.From(new double[,]
            {
                { (along * sin * sin) + (across * cos * cos), (along - across) * sin * cos },
                { (along - across) * sin * cos, (along * cos * cos) + (across * sin * sin) },
            });
            return new TrackerDetection(record.Time, record.Sensor, record.Kind, Matrix.Column(range, bearing), model, point,
                Math.Max(sigmaRange, range * sigmaBearing))
            {
                PositionCovariance = covariance,
                RcsSquareMetres = record.RcsSquareMetres,
                People = record.People,
                Provenance = record.Provenance,
            };
        }

        var sigma = record.SigmaMetres!.Value;
        var positionKey = (record.Sensor, sigma, 0.0);
        if (!_models.TryGetValue(positionKey, out var positionModel))
        {
            positionModel = new PositionMeasurementModel(sigma);
            _models.Add(positionKey, positionModel);
        }

        var projected = ChannelProjection.Project(record.Position!.Value);
        return new TrackerDetection(record.Time, record.Sensor, record.Kind, Matrix.Column(projected.EastingMetres, projected.NorthingMetres),
            positionModel, projected, sigma)
        {
            People = record.People,
            IsOutcomeReport = record.IsOutcomeReport,
            Provenance = record.Provenance,
        };
    }
}
