using Entente.Geo.Rasters;
using Entente.Sar.Outputs;
using Entente.Sar.Particles;

namespace Entente.Sar.Drift;

/// <summary>Runs a drift from start to end, recording the datum at each output time.</summary>
public static class DriftRunner
{
    /// <summary>Runs a drift.</summary>
    /// <param name="request">The run.</param>
    /// <param name="land">Land to strand on; null for open water.</param>
    /// <param name="progress">Receives the fraction done after each output interval; may be null.</param>
    /// <param name="cancellationToken">Stops the run between output intervals.</param>
    /// <returns>The result.</returns>
    /// <exception cref="Forcing.ForcingCoverageException">The wind or current does not cover the run.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static DriftResult Run(DriftRequest request, LandRaster? land, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var simulation = new DriftSimulation(request.Seed, request.Scenarios, request.Forcing, request.Options, land);
        var end = request.EndTime;
        var (first, last) = simulation.Time <= end ? (simulation.Time, end) : (end, simulation.Time);
        var area = simulation.Bounds();
        request.Forcing.Wind.EnsureCovers(first, last, area);
        request.Forcing.Current.EnsureCovers(first, last, area);

        var track = new List<DatumPoint>();
        var history = new List<ParticleCloud>();
        Record(simulation, request.Options.KeepHistory, track, history);
        var total = (end - simulation.Time).Duration();
        var every = request.Options.OutputEvery * (request.Options.Direction == DriftDirection.Forward ? 1 : -1);
        while (simulation.Time != end)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var next = simulation.Time + every;
            var remaining = (end - simulation.Time).Duration();
            simulation.StepTo(remaining <= request.Options.OutputEvery ? end : next);
            Record(simulation, request.Options.KeepHistory, track, history);
            progress?.Report(1 - ((end - simulation.Time).Duration() / total));
        }

        return new DriftResult(request, track, simulation.Snapshot(), history, simulation.ParticleSteps);
    }

    private static void Record(DriftSimulation simulation, bool keepHistory, List<DatumPoint> track, List<ParticleCloud> history)
    {
        // The datum is reduced in place; particles are copied only when history is asked for.
        track.Add(simulation.Datum());
        if (keepHistory)
        {
            history.Add(simulation.Snapshot());
        }
    }
}
