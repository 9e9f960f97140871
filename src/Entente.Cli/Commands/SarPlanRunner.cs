using System.Globalization;
using System.Text.Json;
using Entente.Core.Projection;
using Entente.Core.Units;
using Entente.Geo.Geography;
using Entente.Sar.Drift;
using Entente.Sar.Forcing;
using Entente.Sar.Outputs;
using Entente.Sar.Particles;
using Entente.Sar.Search;

namespace Entente.Cli.Commands;

/// <summary>Drifts the datum to the time of the search (with a progress bar), plans the search, and writes plan.geojson
/// and plan.json with a line per assignment on stderr.</summary>
internal sealed class SarPlanRunner(ChannelGeography geography, string directory, TextWriter error, bool terminal, TimeProvider timeProvider)
{
    public const string GeoJsonFileName = "plan.geojson";
    public const string SummaryFileName = "plan.json";

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public int Run(SarPlanInput input, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        ParticleCloud cloud;
        try
        {
            Directory.CreateDirectory(directory);
            cloud = Drift(input, cancellationToken);
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

        var datum = DatumEstimator.Estimate(cloud);
        var datumPoint = new ProjectedPoint(datum.EastingMetres, datum.NorthingMetres);
        var windFrom = input.WindFromDegrees ?? WindFrom(input.Forcing.Wind, input.At, datumPoint);
        var plan = SearchPlanner.Plan(cloud, datumPoint, windFrom, input.Assets);
        var history = input.PreviousPos.Aggregate(SearchHistory.Empty, (h, pos) => h.With(pos));
        history = plan.Assignments.Aggregate(history, (h, a) => h.With(Math.Clamp(a.ConditionalPos, 0, 1)));

        SarRunSupport.WriteJson(Path.Combine(directory, GeoJsonFileName), w => SearchPlanGeoJson.Write(w, plan));
        SarRunSupport.WriteJson(Path.Combine(directory, SummaryFileName), w => WriteSummary(w, input, datum, windFrom, plan, history));

        foreach (var assignment in plan.Assignments)
        {
            var pattern = assignment.Pattern;
            error.WriteLine(string.Create(C,
                $"entente: {assignment.Asset.Name}: {SearchPlanGeoJson.KindName(pattern.Kind).Replace('_', ' ')}, spacing {pattern.TrackSpacingMetres / 1000:0.00} km, {pattern.TrackLengthMetres / 1000:0.0} km of track in {pattern.HoursNeeded:0.0} h (endurance {assignment.Asset.EnduranceHours:0.0} h), {pattern.AreaSquareMetres / 1e6:0.0} km², POD {pattern.Pod:0.00}, POS {assignment.Pos:0.000} alone, {assignment.ConditionalPos:0.000} after the others, adds {assignment.AddedPos:0.000}"));
        }

        var unassigned = plan.UnassignedAssets.Count == 0 ? string.Empty : $"; no pattern for {string.Join(", ", plan.UnassignedAssets.Select(a => a.Name))}";
        var previous = input.PreviousPos.Count == 0 ? string.Empty : string.Create(C, $", cumulative {history.CumulativePos:0.000} with {input.PreviousPos.Count} earlier search{(input.PreviousPos.Count == 1 ? string.Empty : "es")}");
        var elapsed = timeProvider.GetElapsedTime(started);
        error.WriteLine(string.Create(C,
            $"entente: total POS {plan.TotalPos:0.000}{previous} at {input.At.UtcDateTime:yyyy-MM-dd'T'HH:mm'Z'}, datum {datum.Centroid.LatitudeDegrees:0.0000}N {datum.Centroid.LongitudeDegrees:0.0000}E{unassigned}; {elapsed.TotalSeconds:0.00} s; wrote {Path.Combine(directory, GeoJsonFileName)} and {SummaryFileName}"));
        return 0;
    }

    // The datum's particles at the time of the search: seeded in a circle of 2σ (a uniform disc of radius 2σ has σ on
    // each axis) and drifted from the datum's time, or just seeded when the search starts at that time.
    private ParticleCloud Drift(SarPlanInput input, CancellationToken cancellationToken)
    {
        var target = input.Target;
        var seed = DriftSeed.Circle(target.Position, target.Time, 2 * target.SigmaMetres);
        try
        {
            if (input.At == target.Time)
            {
                return new DriftSimulation(seed, input.Scenarios, input.Forcing, input.Options, geography.LandRaster).Snapshot();
            }

            var request = new DriftRequest(seed, input.Scenarios, input.Forcing, input.At - target.Time, input.Options);
            return SarRunSupport.Drift(request, geography.LandRaster, error, terminal, cancellationToken).Final;
        }
        catch (ArgumentException ex)
        {
            throw new CommandInputException(SimCommands.OneLine(ex.Message), ex);
        }
    }

    // Where the wind blows from at the datum when the search starts; 0 in a calm.
    private static double WindFrom(IVectorField wind, DateTimeOffset at, ProjectedPoint datum)
    {
        Span<double> east = stackalloc double[1];
        Span<double> north = stackalloc double[1];
        wind.Sample(at, [datum.EastingMetres], [datum.NorthingMetres], east, north);
        return Math.Abs(east[0]) + Math.Abs(north[0]) < 1e-9 || !double.IsFinite(east[0]) || !double.IsFinite(north[0])
            ? 0
            : UnitConversions.NormaliseBearingDegrees(Math.Atan2(-east[0], -north[0]) * 180 / Math.PI);
    }

    private static void WriteSummary(Utf8JsonWriter w, SarPlanInput input, DatumPoint datum, double windFrom, SearchPlan plan, SearchHistory history)
    {
        var target = input.Target;
        w.WriteStartObject();
        if (target.Incident is not null)
        {
            w.WriteString("incident", target.Incident);
        }

        w.WriteStartObject("datum");
        w.WriteNumber("lat", Math.Round(target.Position.LatitudeDegrees, 6));
        w.WriteNumber("lon", Math.Round(target.Position.LongitudeDegrees, 6));
        w.WriteString("time", Iso(target.Time));
        w.WriteNumber("sigma_m", Math.Round(target.SigmaMetres, 1));
        w.WriteEndObject();
        w.WriteString("plan_time", Iso(input.At));
        w.WriteStartObject("search_datum");
        w.WriteNumber("lat", Math.Round(datum.Centroid.LatitudeDegrees, 6));
        w.WriteNumber("lon", Math.Round(datum.Centroid.LongitudeDegrees, 6));
        w.WriteNumber("sigma_m", Math.Round(datum.SigmaMetres, 1));
        w.WriteNumber("stranded", Math.Round(datum.StrandedFraction, 4));
        w.WriteEndObject();
        w.WriteNumber("wind_from_deg", Math.Round(windFrom, 1));
        w.WriteNumber("particles", input.Options.Particles);
        w.WriteString("forcing", input.Forcing.Description);
        w.WriteStartArray("assignments");
        foreach (var assignment in plan.Assignments)
        {
            var pattern = assignment.Pattern;
            w.WriteStartObject();
            w.WriteString("asset", assignment.Asset.Name);
            w.WriteString("pattern", SearchPlanGeoJson.KindName(pattern.Kind));
            w.WriteNumber("spacing_m", Math.Round(pattern.TrackSpacingMetres, 1));
            w.WriteNumber("length_m", Math.Round(pattern.TrackLengthMetres, 1));
            w.WriteNumber("hours", Math.Round(pattern.HoursNeeded, 3));
            w.WriteNumber("endurance_h", assignment.Asset.EnduranceHours);
            w.WriteNumber("area_km2", Math.Round(pattern.AreaSquareMetres / 1e6, 4));
            w.WriteNumber("coverage", Math.Round(pattern.Coverage, 4));
            w.WriteNumber("pod", Math.Round(pattern.Pod, 4));
            w.WriteNumber("pos", assignment.Pos);
            w.WriteNumber("conditional_pos", assignment.ConditionalPos);
            w.WriteNumber("added_pos", assignment.AddedPos);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("total_pos", plan.TotalPos);
        w.WriteStartArray("previous_pos");
        foreach (var pos in input.PreviousPos)
        {
            w.WriteNumberValue(pos);
        }

        w.WriteEndArray();
        w.WriteNumber("cumulative_pos", history.CumulativePos);
        w.WriteStartArray("unassigned");
        foreach (var asset in plan.UnassignedAssets)
        {
            w.WriteStringValue(asset.Name);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", C);
}
