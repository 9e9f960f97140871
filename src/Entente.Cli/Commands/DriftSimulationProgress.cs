using Entente.Sar.Drift;


namespace Entente.Cli.Commands;

/// <summary>Feeds the drift's fraction done to the progress bar, with the drift time it stands for.</summary>
internal sealed class DriftSimulationProgress(SimProgressWriter writer, DriftRequest request, Action<DateTimeOffset> reached) : IProgress<double>
{
    public void Report(double value)
    {
        var start = request.Seed.Time;
        reached(start + ((request.EndTime - start) * value));
        writer.Report(value);
    }

    public void Finish() => writer.Finish();
}
