using Entente.Core.Detections;
using Entente.Core.Projection;
using Entente.Simulation.Output;
using Entente.Simulation.Randomness;
using Entente.Simulation.Scenarios;
using Entente.Simulation.World;

namespace Entente.Simulation.Sensors;

/// <summary>
/// Calls for help from boats in trouble, as rescue centres receive them: the first some minutes after trouble starts,
/// then more, from several people aboard, through several channels (phone, a relative's relay, an NGO, VHF from a
/// passing ship), each with a position that is old and wrong by hundreds of metres to kilometres — or with no position
/// at all. Each call is a <c>report</c> detection whose <c>sigma_m</c> is the error it was drawn with.
/// </summary>
internal sealed class DistressCalls : ISensorModel
{
    // A caller who cannot say where they are is placed in the general area, with this one-sigma error.
    private const double NoPositionSigmaMetres = 10_000;

    private readonly DistressCallsDocument _settings;
    private readonly SimulationRandom _random;
    private readonly Dictionary<DistressEpisode, CallPlan> _plans = [];
    private readonly (string Source, double Weight)[] _sources;

    public DistressCalls(DistressCallsDocument settings, SimulationRandom random)
    {
        _settings = settings;
        _random = random;
        _sources = [.. settings.SourceWeights.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value))];
    }

    public string Id => "distress-calls";

    public IEnumerable<SensorSite> Sites => [];

    public void Observe(SimulationWorld world, StepOutput output)
    {
        var stepEnd = world.Time + TimeSpan.FromSeconds(world.StepSeconds);
        foreach (var episode in world.Distress)
        {
            if (!_plans.TryGetValue(episode, out var plan))
            {
                plan = NewPlan(episode);
                _plans.Add(episode, plan);
            }

            while (plan.NextCall < stepEnd && plan.Calls < _settings.MaxCallsPerBoat)
            {
                if (plan.NextCall >= world.Time && (episode.Until is null || plan.NextCall <= episode.Until))
                {
                    output.Add(Call(world, episode, plan));
                }
                else if (episode.Until is { } until && plan.NextCall > until)
                {
                    plan.Calls = (int)_settings.MaxCallsPerBoat;
                    break;
                }

                plan.Calls++;
                plan.NextCall += TimeSpan.FromMinutes(Draw(_settings.IntervalMinutes));
            }
        }
    }

    private CallPlan NewPlan(DistressEpisode episode)
    {
        var callers = _random.NextInclusive((int)_settings.Callers.Min, (int)_settings.Callers.Max);
        var ids = new string[callers];
        for (var i = 0; i < callers; i++)
        {
            ids[i] = "caller-" + _random.Token(8);
        }

        return new CallPlan(ids, episode.Since + TimeSpan.FromMinutes(Draw(_settings.FirstCallMinutes)));
    }

    private DetectionRecord Call(SimulationWorld world, DistressEpisode episode, CallPlan plan)
    {
        var boat = episode.Boat;
        var time = plan.NextCall;
        var offsetSeconds = (time - world.Time).TotalSeconds;
        var sourceName = PickSource();
        var caller = plan.Callers[_random.NextIndex(plan.Callers.Length)];

        // People aboard, or in the water around the boat after a capsize.
        var people = boat.People > 0 ? boat.People : world.PeopleInWaterFrom(boat.Id).Sum(o => o.People);
        double sigma;
        ProjectedPoint reported;
        var now = boat.PointAfter(offsetSeconds);
        if (_random.Chance(_settings.NoPositionShare))
        {
            sigma = NoPositionSigmaMetres;
            reported = new ProjectedPoint(now.EastingMetres + _random.Gaussian(0, sigma), now.NorthingMetres + _random.Gaussian(0, sigma));
        }
        else
        {
            // The position shared is from a while ago (a location pin sent earlier), then blurred by the phone's fix
            // and by being read out over a bad line.
            var ageSeconds = Draw(_settings.PositionAgeMinutes) * 60;
            var then = boat.PointAfter(offsetSeconds - ageSeconds);
            sigma = _random.LogUniform(_settings.PositionErrorMetres.Min, _settings.PositionErrorMetres.Max);
            reported = new ProjectedPoint(then.EastingMetres + _random.Gaussian(0, sigma), then.NorthingMetres + _random.Gaussian(0, sigma));
        }

        int? reportedPeople = _random.Chance(0.3) ? null : Math.Max(1, (int)Math.Round(people * _random.Uniform(0.8, 1.3)));
        return DetectionRecord.AtPosition(time, "calls-" + sourceName, DetectionKind.Report, ChannelProjection.Unproject(reported), sigma) with
        {
            People = reportedPeople,
            Source = sourceName,
            Caller = caller,
            TruthId = boat.Id,
        };
    }

    private string PickSource()
    {
        var total = _sources.Sum(s => s.Weight);
        var roll = _random.Uniform(0, total);
        foreach (var (source, weight) in _sources)
        {
            if (roll < weight)
            {
                return source;
            }

            roll -= weight;
        }

        return _sources[^1].Source;
    }

    private double Draw(RangeDocument range) => _random.Uniform(range.Min, range.Max);

    private sealed class CallPlan(string[] callers, DateTimeOffset firstCall)
    {
        public string[] Callers { get; } = callers;

        public DateTimeOffset NextCall { get; set; } = firstCall;

        public int Calls { get; set; }
    }
}
