using Entente.Core.Detections;
using Entente.Core.Geodesy;
using Entente.Core.Positions;
using Entente.Core.Projection;
using Entente.Core.Units;
using Entente.Simulation.Output;
using Entente.Simulation.Randomness;
using Entente.Simulation.Scenarios;
using Entente.Simulation.World;

namespace Entente.Simulation.Sensors;

/// <summary>
/// A rotating coastal surveillance radar (CNIS-like): the beam sweeps clockwise once per scan period and each visible
/// surface object is illuminated once per scan, detected with a Swerling I probability, and reported as range and
/// bearing from the site with Gaussian errors and an estimated radar cross-section. Sea clutter lowers detection near the
/// radar and adds false plots.
/// </summary>
internal sealed class CoastalRadar : ISensorModel
{
    // 4/3-earth standard refraction: the radar horizon is about 4,124 m per square root of a metre of height, summed over
    // the antenna and the target.
    private const double HorizonMetresPerRootMetre = 4124;

    // Clutter plots that fall on land are drawn again (a land map suppresses land echoes); give up after this many tries.
    private const int MaxClutterDraws = 16;

    // The radar's estimate of a cross-section from the echo's strength is off by a log-normal factor of this sigma, dB.
    private const double RcsEstimateSigmaDecibels = 1.5;

    // Sea-clutter spikes at low grazing angles are short-lived echoes of a tenth of a square metre to a few: a spike's
    // cross-section is drawn exponential (fluctuating like a Swerling I target) with this mean, m². It overlaps the small
    // boats' 0.3–1.5 m², as real spikes do, so RCS alone does not tell a clutter plot from a boat.
    private const double ClutterMeanRcsSquareMetres = 0.5;

    private readonly RadarDocument _document;
    private readonly SimulationRandom _random;
    private readonly SimulationRandom _rcsRandom;
    private readonly DateTimeOffset _epoch;
    private readonly double _startAngleDegrees;
    private readonly double _degreesPerSecond;
    private readonly ProjectedPoint _sitePoint;
    private readonly double _siteConvergenceDegrees;
    private readonly double _referenceSnr;
    private readonly double _antennaRootHeight;
    private readonly double _planarReachMetres;

    /// <param name="id">The radar's id.</param>
    /// <param name="site">The antenna's position.</param>
    /// <param name="document">Its parameters.</param>
    /// <param name="epoch">The time the beam is at its start angle (the scenario start).</param>
    /// <param name="random">The radar's own stream.</param>
    public CoastalRadar(string id, GeoPosition site, RadarDocument document, DateTimeOffset epoch, SimulationRandom random)
    {
        Id = id;
        Site = site;
        _document = document;
        _random = random;
        // Cross-sections come from a stream of their own, so that the plots' other draws are those of a radar without them.
        _rcsRandom = random.Fork("rcs");
        _epoch = epoch;
        _startAngleDegrees = random.Uniform(0, 360);
        _degreesPerSecond = 360 / document.ScanPeriodSeconds;
        _sitePoint = ChannelProjection.Project(site);
        _siteConvergenceDegrees = ChannelProjection.ConvergenceDegrees(site);
        // Swerling I: Pd = Pfa^(1/(1+SNR)), so the reference detection fixes the reference SNR.
        _referenceSnr = (Math.Log(document.FalseAlarmProbability) / Math.Log(document.ReferenceDetectionProbability)) - 1;
        _antennaRootHeight = Math.Sqrt(document.AntennaHeightMetres);
        // Projected distances differ from geodesic ones by the scale factor (within 1e-4 over the Strait): 1% is ample.
        _planarReachMetres = document.MaxRangeMetres * 1.01;
    }

    public string Id { get; }

    public GeoPosition Site { get; }

    public IEnumerable<SensorSite> Sites => [new(Id, "radar", Site, _document.MaxRangeMetres)];

    /// <summary>Builds the radar of a scenario entry; a site id is resolved in the geography.</summary>
    /// <exception cref="ScenarioException">The site is not in the geography.</exception>
    public static CoastalRadar Create(SimulationWorld world, RadarDocument document, int index)
    {
        var site = document.Site is { } place
            ? world.PlacePosition(place, $"$.sensors.radars[{index}].site")
            : GeoPosition.FromDegrees(document.Position!.Lat, document.Position.Lon);
        return new CoastalRadar(document.Id!, site, document, world.Scenario.Start, world.Random.Fork("radar:" + document.Id));
    }

    /// <summary>Where the beam points at a time, degrees true.</summary>
    public double BeamBearingDegrees(DateTimeOffset time) => BeamAt(SecondsSinceEpoch(time));

    /// <summary>The greatest range at which a target of this height can be seen over the horizon, metres.</summary>
    public double HorizonMetres(double targetHeightMetres) =>
        HorizonMetresPerRootMetre * (_antennaRootHeight + Math.Sqrt(Math.Max(0, targetHeightMetres)));

    /// <summary>Probability of detecting a target on one illumination.</summary>
    public double DetectionProbability(double rangeMetres, double rcsSquareMetres, int seaState)
    {
        var range = Math.Max(rangeMetres, 1);
        var snr = _referenceSnr * (rcsSquareMetres / _document.ReferenceRcsSquareMetres) * Math.Pow(_document.ReferenceRangeMetres / range, 4);
        var scnr = snr / (1 + ClutterToNoise(range, seaState));
        return Math.Pow(_document.FalseAlarmProbability, 1 / (1 + scnr));
    }

    /// <summary>Mean number of clutter plots per scan: none in a calm sea, doubling with each sea state above 1.</summary>
    public double ClutterPlotsPerScan(int seaState) =>
        seaState <= 0 ? 0 : _document.ClutterPlotsPerScan * Math.Pow(2, seaState - 1);

    public void Observe(SimulationWorld world, StepOutput output)
    {
        var stepSeconds = world.StepSeconds;
        var elapsed = SecondsSinceEpoch(world.Time);
        var beam = BeamAt(elapsed);
        var seaState = world.Environment.SeaState;
        var objects = world.Objects;
        for (var i = 0; i < objects.Count; i++)
        {
            var target = objects[i];
            if (target.Removed || !target.AtSea || target.Kind == ObjectKind.Aircraft ||
                _sitePoint.PlanarDistanceMetres(target.Point) > _planarReachMetres + (target.SpeedMetresPerSecond * stepSeconds))
            {
                continue;
            }

            // The beam reaches the target's bearing this long after the step starts, then once per scan.
            var first = Wrap360(TrueBearing(target.Point) - beam) / _degreesPerSecond;
            for (var tau = first; tau < stepSeconds; tau += _document.ScanPeriodSeconds)
            {
                // One correction for the target's own motion in bearing, which is tiny beside the beam's.
                var miss = WrapSigned(TrueBearing(target.PointAfter(tau)) - BeamAt(elapsed + tau));
                var refined = tau + (miss / _degreesPerSecond);
                if (refined >= 0 && refined < stepSeconds)
                {
                    Illuminate(world, output, target, refined, seaState);
                }
            }
        }

        EmitClutter(world, output, elapsed, seaState);
    }

    private void Illuminate(SimulationWorld world, StepOutput output, SimObject target, double tau, int seaState)
    {
        var line = Geodesic.Inverse(Site, ChannelProjection.Unproject(target.PointAfter(tau)));
        var range = line.DistanceMetres;
        if (range > _document.MaxRangeMetres || range >= HorizonMetres(target.HeightMetres) ||
            !_random.Chance(DetectionProbability(range, target.RcsSquareMetres, seaState)))
        {
            return;
        }

        var measuredRange = Math.Max(0, _random.Gaussian(range, _document.SigmaRangeMetres));
        var measuredBearing = _random.Gaussian(line.InitialBearingDegrees, _document.SigmaBearingDegrees);
        var plot = DetectionRecord.Radar(StepTime.At(world.Time, world.StepSeconds, tau), Id, Site, measuredRange, measuredBearing,
            _document.SigmaRangeMetres, _document.SigmaBearingDegrees);
        output.Add(plot with { RcsSquareMetres = MeasuredRcs(target.RcsSquareMetres), TruthId = target.Id });
    }

    // Swerling I, as the detection probability assumes: the echo's cross-section fluctuates from scan to scan as a
    // unit-mean exponential times the target's mean; the radar's estimate of it has its own log-normal error. The
    // fluctuation is drawn apart from the detection, so plots near the threshold are not biased towards strong echoes
    // as real ones are.
    private double MeasuredRcs(double meanRcsSquareMetres)
    {
        var fluctuating = meanRcsSquareMetres * UnitExponential();
        return fluctuating * Math.Pow(10, _rcsRandom.Gaussian(0, RcsEstimateSigmaDecibels) / 10);
    }

    // A unit-mean exponential draw from the cross-section stream, never 0 (a plot's cross-section is positive): the draw
    // is 0 only when the uniform is, once in 2^53.
    private double UnitExponential()
    {
        double draw;
        do
        {
            draw = _rcsRandom.Exponential(1);
        }
        while (draw <= 0);

        return draw;
    }

    // The number of plots per scan is Poisson; as the beam sweeps at a constant rate they arrive as a Poisson process in
    // time, so each step draws its share of a scan's mean and puts each plot where the beam is at a uniform time.
    private void EmitClutter(SimulationWorld world, StepOutput output, double elapsed, int seaState)
    {
        var reach = Math.Min(_document.ClutterRangeMetres, _document.MaxRangeMetres);
        var perScan = ClutterPlotsPerScan(seaState);
        if (perScan <= 0 || reach <= 0)
        {
            return;
        }

        var count = _random.Poisson(perScan * world.StepSeconds / _document.ScanPeriodSeconds);
        for (var i = 0; i < count; i++)
        {
            for (var attempt = 0; attempt < MaxClutterDraws; attempt++)
            {
                var tau = _random.Uniform(0, world.StepSeconds);
                var bearing = BeamAt(elapsed + tau);
                // Uniform over the disc's area.
                var range = reach * Math.Sqrt(_random.NextDouble());
                if (world.Geography.IsOnLand(Geodesic.Direct(Site, bearing, range).Position))
                {
                    continue;
                }

                var plot = DetectionRecord.Radar(StepTime.At(world.Time, world.StepSeconds, tau), Id, Site, range, bearing,
                    _document.SigmaRangeMetres, _document.SigmaBearingDegrees);
                output.Add(plot with { RcsSquareMetres = ClutterMeanRcsSquareMetres * UnitExponential() });
                break;
            }
        }
    }

    // Sea clutter as a clutter-to-noise ratio added to the noise. With the "constant-gamma" model the sea's reflectivity
    // grows with the grazing angle (about h/R) while the resolution cell grows with R, so inside the critical range the
    // clutter echo falls as R^-4 like a target's: a target's signal-to-clutter ratio is then the same at any range there,
    // and clutter matters near the radar, where noise alone would leave Pd close to 1. Beyond the critical range (taken
    // as ClutterRangeMetres) multipath interference makes it fall as R^-7. The reference target's signal-to-clutter ratio
    // is 30 dB at sea state 1 and loses 4 dB per sea state, roughly how measured low-grazing reflectivity rises.
    private double ClutterToNoise(double rangeMetres, int seaState)
    {
        if (seaState <= 0)
        {
            return 0;
        }

        var referenceScr = Math.Pow(10, (34 - (4.0 * seaState)) / 10);
        var cnr = _referenceSnr * Math.Pow(_document.ReferenceRangeMetres / rangeMetres, 4) / referenceScr;
        var critical = _document.ClutterRangeMetres;
        return rangeMetres > critical ? cnr * Math.Pow(critical / rangeMetres, 3) : cnr;
    }

    private double TrueBearing(ProjectedPoint point)
    {
        // Grid bearing in the projection, turned to true north by the meridian convergence at the site.
        var grid = UnitConversions.RadiansToDegrees(Math.Atan2(point.EastingMetres - _sitePoint.EastingMetres,
            point.NorthingMetres - _sitePoint.NorthingMetres));
        return grid + _siteConvergenceDegrees;
    }

    private double BeamAt(double secondsSinceEpoch)
    {
        var turns = secondsSinceEpoch / _document.ScanPeriodSeconds;
        return Wrap360(_startAngleDegrees + (360 * (turns - Math.Floor(turns))));
    }

    private double SecondsSinceEpoch(DateTimeOffset time) => (time - _epoch).Ticks / (double)TimeSpan.TicksPerSecond;

    private static double Wrap360(double degrees)
    {
        var r = degrees % 360;
        return r < 0 ? r + 360 : r;
    }

    private static double WrapSigned(double degrees)
    {
        var r = Wrap360(degrees);
        return r > 180 ? r - 360 : r;
    }
}
