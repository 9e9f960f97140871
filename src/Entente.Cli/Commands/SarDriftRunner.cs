using System.Globalization;
using System.Text;
using Entente.Geo.Geography;
using Entente.Sar.Drift;
using Entente.Sar.Outputs;

namespace Entente.Cli.Commands;

/// <summary>Runs a drift with a progress bar and writes drift.geojson, drift.json and, with history, particles.csv.</summary>
internal sealed class SarDriftRunner(ChannelGeography geography, string directory, TextWriter error, bool terminal, TimeProvider timeProvider)
{
    public const string GeoJsonFileName = "drift.geojson";
    public const string SummaryFileName = "drift.json";
    public const string ParticlesFileName = "particles.csv";

    private static readonly double[] Levels = [0.5, 0.9];

    public int Run(DriftRequest request, CancellationToken cancellationToken)
    {
        DriftResult result;
        var started = timeProvider.GetTimestamp();
        try
        {
            Directory.CreateDirectory(directory);
            result = SarRunSupport.Drift(request, geography.LandRaster, error, terminal, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            error.WriteLine("entente: interrupted; nothing written.");
            return SimRunRunner.InterruptedExitCode;
        }
        catch (IOException ex)
        {
            throw new CommandInputException($"--out {directory}: {SimCommands.OneLine(ex.Message)}", ex);
        }

        var elapsed = timeProvider.GetElapsedTime(started);
        var areas = Levels.Select(level => ContainmentArea.Of(ContainmentGrid.FromCloud(result.Final), level)).ToList();
        SarRunSupport.WriteJson(Path.Combine(directory, GeoJsonFileName), w => DriftGeoJson.Write(w, result, areas));
        SarRunSupport.WriteJson(Path.Combine(directory, SummaryFileName), w => DriftSummaryJson.Write(w, result, areas));
        if (request.Options.KeepHistory)
        {
            WriteHistory(Path.Combine(directory, ParticlesFileName), result);
        }

        var end = result.DatumTrack[^1];
        var c = CultureInfo.InvariantCulture;
        error.WriteLine(string.Create(c,
            $"entente: drifted {request.Options.Particles:N0} particles {(request.Options.Direction == DriftDirection.Forward ? "forward" : "backward")} to {end.Time.UtcDateTime:yyyy-MM-dd'T'HH:mm'Z'}: datum {end.Centroid.LatitudeDegrees:0.0000}N {end.Centroid.LongitudeDegrees:0.0000}E, σ {end.SigmaMetres / 1000:0.0} km, 50% area {areas[0].AreaSquareMetres / 1e6:0.0} km², 90% area {areas[1].AreaSquareMetres / 1e6:0.0} km², {end.StrandedFraction * 100:0}% stranded"));
        error.WriteLine(string.Create(c,
            $"entente: {result.ParticleSteps:N0} particle-steps in {elapsed.TotalSeconds:0.00} s; wrote {Path.Combine(directory, GeoJsonFileName)} and {SummaryFileName}{(request.Options.KeepHistory ? " and " + ParticlesFileName : string.Empty)}"));
        return 0;
    }

    private static void WriteHistory(string path, DriftResult result)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine("time,particle,lat,lon,state,category");
        foreach (var cloud in result.History)
        {
            var time = cloud.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            for (var i = 0; i < cloud.Count; i++)
            {
                var position = cloud.PositionOf(i);
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{time},{i},{position.LatitudeDegrees:0.000000},{position.LongitudeDegrees:0.000000},{cloud.States[i].ToString().ToLowerInvariant()},{result.Request.Scenarios[cloud.Scenarios[i]].Category.Key}"));
            }
        }
    }
}
