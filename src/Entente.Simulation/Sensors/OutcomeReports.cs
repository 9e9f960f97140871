using Entente.Core.Detections;
using Entente.Core.Projection;
using Entente.Simulation.Output;
using Entente.Simulation.Randomness;
using Entente.Simulation.Scenarios;
using Entente.Simulation.World;

namespace Entente.Simulation.Sensors;

/// <summary>
/// The ends of crossings as those who saw them report them: a rescue or patrol vessel the people it took aboard, the
/// forces on a beach a launch they stopped, Border Force a landing. Each is a <c>report</c> detection with its
/// <c>outcome</c>, the true number of people and where, a few minutes after it happened (a delay drawn per report).
/// </summary>
internal sealed class OutcomeReports : ISensorModel
{
    private readonly OutcomeReportsDocument _settings;
    private readonly SimulationRandom _random;
    private readonly List<(DateTimeOffset Due, OutcomeEvent Event)> _pending = [];
    private int _seen;

    public OutcomeReports(OutcomeReportsDocument settings, SimulationRandom random)
    {
        _settings = settings;
        _random = random;
    }

    public string Id => "outcome-reports";

    public IEnumerable<SensorSite> Sites => [];

    public void Observe(SimulationWorld world, StepOutput output)
    {
        // Delays are drawn in the order outcomes happened, so that the same night gives the same reports.
        for (; _seen < world.Outcomes.Count; _seen++)
        {
            var e = world.Outcomes[_seen];
            _pending.Add((e.Time + TimeSpan.FromMinutes(_random.Uniform(_settings.DelayMinutes.Min, _settings.DelayMinutes.Max)), e));
        }

        var stepEnd = world.Time + TimeSpan.FromSeconds(world.StepSeconds);
        foreach (var (due, e) in _pending.Where(p => p.Due < stepEnd))
        {
            // An outcome due while the night was skipped (not sensed) is not reported.
            if (due >= world.Time)
            {
                output.Add(DetectionRecord.AtPosition(due, e.Reporter, DetectionKind.Report, ChannelProjection.Unproject(e.Point), _settings.SigmaMetres) with
                {
                    Outcome = e.Outcome,
                    People = e.People,
                    Source = e.Source,
                    TruthId = e.TruthId,
                });
            }
        }

        _pending.RemoveAll(p => p.Due < stepEnd);
    }
}
