using Entente.Core.Detections;
using Entente.Core.Geodesy;
using Entente.Core.Positions;
using Entente.Core.Sharing;
using Entente.Geo.Features;
using Entente.Geo.Geography;
using Entente.Rules.Alerts;
using Entente.Rules.Environment;
using Entente.Rules.Situation;
using Entente.Simulation.Engine;
using Entente.Simulation.Output;
using Entente.Simulation.Scenarios;
using Entente.Simulation.World;
using Entente.Testing.Situation;
using Entente.Tracking.Pipeline;

namespace Entente.Rules.Tests.Acceptance;

/// <summary>
/// A whole simulated night through tracking and the standard rules, with the ground truth's events worked out beside
/// it (for scoring only): launches, boundary crossings, boats adrift and landings, each with whether radar saw the boat
/// at that moment.
/// </summary>
internal sealed class NightAlerts
{
    private static readonly Lazy<ChannelGeography> SharedGeography = new(ChannelGeography.LoadDefault);

    private NightAlerts(Scenario scenario, ChannelGeography geography)
    {
        Scenario = scenario;
        Geography = geography;
    }

    public Scenario Scenario { get; }

    public ChannelGeography Geography { get; }

    public List<Alert> Raised { get; } = [];

    public List<AlertChange> Changes { get; } = [];

    /// <summary>Small-boat truth records by object, in time order.</summary>
    public Dictionary<string, List<TruthRecord>> Boats { get; } = new(StringComparer.Ordinal);

    /// <summary>Radar plot times by truth object.</summary>
    public Dictionary<string, List<DateTimeOffset>> Plots { get; } = new(StringComparer.Ordinal);

    public static NightAlerts Run(string scenarioName)
    {
        var scenario = BuiltInScenarios.Get(scenarioName);
        var night = new NightAlerts(scenario, SharedGeography.Value);
        var tide = scenario.Tide;
        var current = new RectilinearTide(tide.MaxSpeedKnots, tide.FloodDirectionDegrees, tide.FloodPeak);
        var monitor = new SituationMonitor(night.Geography, current: current);
        var feed = new SituationFeed(TrackingPipeline.Build());
        var sink = new SimulatedSituation(feed, frame =>
        {
            foreach (var change in monitor.Observe(frame))
            {
                night.Changes.Add(change);
                if (change.Kind == AlertChangeKind.Raised)
                {
                    night.Raised.Add(change.Alert);
                }
            }
        }, night.Truth, night.Detection);
        new Simulator(scenario, night.Geography, sink).Run();
        return night;
    }

    private void Truth(TruthRecord record)
    {
        if (record.Kind != ObjectKind.SmallBoat)
        {
            return;
        }

        if (!Boats.TryGetValue(record.Id, out var list))
        {
            list = [];
            Boats.Add(record.Id, list);
        }

        list.Add(record);
    }

    private void Detection(DetectionRecord record)
    {
        if (record.Kind != DetectionKind.Radar || record.TruthId is not { } id)
        {
            return;
        }

        if (!Plots.TryGetValue(id, out var list))
        {
            list = [];
            Plots.Add(id, list);
        }

        list.Add(record.Time);
    }

    /// <summary>Whether radar saw an object at least 6 times in some 60 s inside a window.</summary>
    public bool InCoverage(string id, DateTimeOffset from, DateTimeOffset to)
    {
        if (!Plots.TryGetValue(id, out var times))
        {
            return false;
        }

        var inWindow = times.Where(t => t >= from && t <= to).ToList();
        for (var i = 0; i + 5 < inWindow.Count; i++)
        {
            if (inWindow[i + 5] - inWindow[i] <= TimeSpan.FromSeconds(60))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Each launch: the boat, when it entered the water, where, and the beach it left.</summary>
    public IEnumerable<(string Boat, DateTimeOffset Time, GeoPosition Position, GeoFeature Beach)> Launches()
    {
        var beaches = Geography.OfKind(FeatureKind.LaunchBeach).ToList();
        foreach (var (id, records) in Boats)
        {
            var ashore = records.FirstOrDefault(r => r.State == ObjectState.Ashore);
            var launched = records.FirstOrDefault(r => r.State != ObjectState.Ashore && r.State != ObjectState.Prevented);
            if (launched is null)
            {
                continue;
            }

            var from = (ashore ?? launched).Position;
            var beach = beaches.MinBy(b => Geodesic.DistanceMetres(from, GeoPosition.FromDegrees(b.GeometryDegrees.Coordinate.Y, b.GeometryDegrees.Coordinate.X)))!;
            yield return (id, launched.Time, launched.Position, beach);
        }
    }

    /// <summary>Each crossing of the territorial sea boundary by a boat: when, where and into which waters.</summary>
    public IEnumerable<(string Boat, DateTimeOffset Time, GeoPosition Position, Nations Into)> Crossings()
    {
        var context = new SituationContext(Geography);
        foreach (var (id, records) in Boats)
        {
            var side = Nations.None;
            foreach (var record in records.Where(r => r.State is not (ObjectState.Ashore or ObjectState.Prevented)))
            {
                var now = context.PlaceOf(record.Position).TerritorialSea;
                if (now != Nations.None && side != Nations.None && now != side)
                {
                    yield return (id, record.Time, record.Position, now);
                }

                side = now == Nations.None ? side : now;
            }
        }
    }

    /// <summary>The first record of each boat in a state (e.g. drifting after an engine failure, landed).</summary>
    public IEnumerable<TruthRecord> FirstIn(ObjectState state) =>
        Boats.Values.Select(r => r.FirstOrDefault(x => x.State == state)).OfType<TruthRecord>();

    /// <summary>The alerts of a type raised in a window within a distance of a position.</summary>
    public IEnumerable<Alert> AlertsNear(AlertType type, DateTimeOffset from, DateTimeOffset to, GeoPosition position, double withinMetres) =>
        Raised.Where(a => a.Type == type && a.RaisedAt >= from && a.RaisedAt <= to && a.Position is { } p &&
                          Geodesic.DistanceMetres(p, position) <= withinMetres);
}
