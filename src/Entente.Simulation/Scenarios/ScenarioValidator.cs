using System.Globalization;

namespace Entente.Simulation.Scenarios;

/// <summary>Checks a scenario's values and names the first bad one by its JSON path. Place ids are checked against the
/// geography when the simulator is built.</summary>
internal static class ScenarioValidator
{
    private static readonly string[] EventTypes = ["engine-failure", "engine-restart", "swamping", "capsize", "rescue", "intercept", "prevented", "distress-call"];
    private static readonly string[] FerryRoutes = ["dover-calais", "dover-dunkirk"];

    public static void Validate(ScenarioDocument d, string origin)
    {
        var check = new Checker(origin);
        check.That(!string.IsNullOrWhiteSpace(d.Name), "$.name", "a scenario needs a name");
        check.That(d.Start is not null, "$.start", "a scenario needs a start time (ISO 8601, UTC)");
        check.That(d.Start is null || d.Start.Value.Offset == TimeSpan.Zero, "$.start", "the start must be UTC (end it with Z)");
        check.Between(d.DurationHours, 0.01, 48, "$.durationHours");
        check.Between(d.StepSeconds, 0.1, 10, "$.stepSeconds");
        check.Between(d.TruthIntervalSeconds, d.StepSeconds, 3600, "$.truthIntervalSeconds");
        var ratio = d.TruthIntervalSeconds / d.StepSeconds;
        check.That(Math.Abs(ratio - Math.Round(ratio)) < 1e-9, "$.truthIntervalSeconds", "must be a whole number of steps");

        var e = d.Environment;
        check.NotNull(e, "$.environment");
        check.Between(e.WindSpeedKnots, 0, 70, "$.environment.windSpeedKnots");
        check.Finite(e.WindFromDegrees, "$.environment.windFromDegrees");
        check.Between(e.VisibilityNauticalMiles, 0, 50, "$.environment.visibilityNauticalMiles");
        check.Between(e.SeaState, 0, 9, "$.environment.seaState");
        check.NotNull(e.Tide, "$.environment.tide");
        check.Between(e.Tide.MaxSpeedKnots, 0, 10, "$.environment.tide.maxSpeedKnots");
        check.Finite(e.Tide.FloodDirectionDegrees, "$.environment.tide.floodDirectionDegrees");

        var t = d.Traffic;
        check.NotNull(t, "$.traffic");
        check.Between(t.MerchantShipsPerDay, 0, 2000, "$.traffic.merchantShipsPerDay");
        check.Range(t.MerchantSpeedKnots, 3, 30, "$.traffic.merchantSpeedKnots");
        check.Probability(t.ClassBShare, "$.traffic.classBShare");
        check.Between(t.FishingVessels, 0, 200, "$.traffic.fishingVessels");
        for (var i = 0; i < t.Ferries.Count; i++)
        {
            var f = t.Ferries[i];
            var p = $"$.traffic.ferries[{i}]";
            check.That(f.Route is not null && FerryRoutes.Contains(f.Route), p + ".route", "must be one of " + string.Join(", ", FerryRoutes));
            check.Between(f.Vessels, 1, 10, p + ".vessels");
            check.Between(f.SpeedKnots, 5, 40, p + ".speedKnots");
            check.Between(f.TurnaroundMinutes, 0, 600, p + ".turnaroundMinutes");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < t.Assets.Count; i++)
        {
            var a = t.Assets[i];
            var p = $"$.traffic.assets[{i}]";
            check.Id(a.Id, ids, p + ".id");
            check.That(a.Kind is "patrol" or "rescue", p + ".kind", "must be patrol or rescue");
            check.That(a.Base is not null || a.BasePosition is not null, p + ".base", "an asset needs a base (place id) or a basePosition");
            check.Position(a.BasePosition, p + ".basePosition");
            check.Position(a.Station, p + ".station");
            check.Between(a.SpeedKnots, 2, 50, p + ".speedKnots");
            check.That(a.Ais is "A" or "B" or "none", p + ".ais", "must be A, B or none");
            check.That(a.Mmsi is null or (>= 100_000_000 and <= 999_999_999), p + ".mmsi", "must have nine digits");
        }

        var c = d.Crossings;
        check.NotNull(c, "$.crossings");
        if (c.Random is { } r)
        {
            const string p = "$.crossings.random";
            check.Between(r.Count, 0, 500, p + ".count");
            check.Range(r.LaunchMinutes, 0, 48 * 60, p + ".launchMinutes");
            check.Range(r.People, 1, 150, p + ".people");
            check.Range(r.SpeedKnots, 1, 15, p + ".speedKnots");
            check.Range(r.RescueDelayMinutes, 0, 600, p + ".rescueDelayMinutes");
            check.Probability(r.EngineFailureProbability, p + ".engineFailureProbability");
            check.Probability(r.SwampingProbability, p + ".swampingProbability");
            check.Probability(r.CapsizeProbability, p + ".capsizeProbability");
            check.Probability(r.TaxiProbability, p + ".taxiProbability");
            check.Probability(r.PreventedProbability, p + ".preventedProbability");
            check.Probability(r.InterceptionProbability, p + ".interceptionProbability");
        }

        for (var i = 0; i < c.Boats.Count; i++)
        {
            var b = c.Boats[i];
            var p = $"$.crossings.boats[{i}]";
            check.Id(b.Id, ids, p + ".id");
            check.That(!string.IsNullOrWhiteSpace(b.Beach), p + ".beach", "a boat needs a launch beach");
            check.Between(b.LaunchMinutes, 0, 48 * 60, p + ".launchMinutes");
            check.Between(b.People, 1, 150, p + ".people");
            check.Between(b.SpeedKnots, 1, 15, p + ".speedKnots");
            check.Between(b.TaxiPickupPeople, 0, 150, p + ".taxiPickupPeople");
            check.Between(b.TaxiPickupMinutes, 0, 120, p + ".taxiPickupMinutes");
            for (var j = 0; j < b.Events.Count; j++)
            {
                var ev = b.Events[j];
                var q = $"{p}.events[{j}]";
                check.That(ev.Type is not null && EventTypes.Contains(ev.Type), q + ".type", "must be one of " + string.Join(", ", EventTypes));
                check.Between(ev.AfterMinutes, 0, 48 * 60, q + ".afterMinutes");
                check.That(ev.Type is not ("rescue" or "intercept") || ev.Asset is not null, q + ".asset", "a rescue or intercept needs an asset id or \"nearest\"");
            }
        }

        var s = d.Sensors;
        check.NotNull(s, "$.sensors");
        for (var i = 0; i < s.Radars.Count; i++)
        {
            var x = s.Radars[i];
            var p = $"$.sensors.radars[{i}]";
            check.Id(x.Id, ids, p + ".id");
            check.That(x.Site is not null || x.Position is not null, p + ".site", "a radar needs a site (place id) or a position");
            check.Position(x.Position, p + ".position");
            check.Between(x.AntennaHeightMetres, 1, 1000, p + ".antennaHeightMetres");
            check.Between(x.ScanPeriodSeconds, 0.5, 60, p + ".scanPeriodSeconds");
            check.Between(x.SigmaRangeMetres, 0.1, 1000, p + ".sigmaRangeMetres");
            check.Between(x.SigmaBearingDegrees, 0.001, 10, p + ".sigmaBearingDegrees");
            check.Between(x.MaxRangeMetres, 100, 200_000, p + ".maxRangeMetres");
            check.Between(x.ReferenceRangeMetres, 100, 200_000, p + ".referenceRangeMetres");
            check.Between(x.ReferenceRcsSquareMetres, 0.001, 1e6, p + ".referenceRcsSquareMetres");
            check.Between(x.ReferenceDetectionProbability, 0.01, 0.999, p + ".referenceDetectionProbability");
            check.Between(x.FalseAlarmProbability, 1e-12, 0.1, p + ".falseAlarmProbability");
            check.Between(x.ClutterPlotsPerScan, 0, 100, p + ".clutterPlotsPerScan");
            check.Between(x.ClutterRangeMetres, 0, 200_000, p + ".clutterRangeMetres");
        }

        for (var i = 0; i < s.BeachSensors.Count; i++)
        {
            var x = s.BeachSensors[i];
            var p = $"$.sensors.beachSensors[{i}]";
            check.Between(x.RangeMetres, 10, 20_000, p + ".rangeMetres");
            check.Probability(x.DetectionProbabilityPerMinute, p + ".detectionProbabilityPerMinute");
            check.Between(x.FalseAlarmsPerHour, 0, 100, p + ".falseAlarmsPerHour");
            check.Between(x.SigmaMetres, 1, 10_000, p + ".sigmaMetres");
        }

        for (var i = 0; i < s.Aircraft.Count; i++)
        {
            var x = s.Aircraft[i];
            var p = $"$.sensors.aircraft[{i}]";
            check.Id(x.Id, ids, p + ".id");
            check.That(x.OrbitCentre is not null, p + ".orbitCentre", "an aircraft needs an orbit centre");
            check.Position(x.OrbitCentre, p + ".orbitCentre");
            check.Between(x.OrbitRadiusMetres, 100, 100_000, p + ".orbitRadiusMetres");
            check.Between(x.SpeedKnots, 10, 400, p + ".speedKnots");
            check.Between(x.AltitudeMetres, 10, 15_000, p + ".altitudeMetres");
            check.That(x.OffStationMinutes > x.OnStationMinutes, p + ".offStationMinutes", "must be after onStationMinutes");
            check.Between(x.FootprintRadiusMetres, 10, 100_000, p + ".footprintRadiusMetres");
            check.Probability(x.DetectionProbability, p + ".detectionProbability");
            check.Between(x.LookIntervalSeconds, 1, 3600, p + ".lookIntervalSeconds");
            check.Between(x.SigmaMetres, 1, 10_000, p + ".sigmaMetres");
            check.Between(x.PeopleCountSigmaFraction, 0, 2, p + ".peopleCountSigmaFraction");
        }

        for (var i = 0; i < s.AisReceivers.Count; i++)
        {
            var x = s.AisReceivers[i];
            var p = $"$.sensors.aisReceivers[{i}]";
            check.Id(x.Id, ids, p + ".id");
            check.That(x.Site is not null || x.Position is not null, p + ".site", "a receiver needs a site (place id) or a position");
            check.Position(x.Position, p + ".position");
            check.Between(x.RangeMetres, 100, 500_000, p + ".rangeMetres");
            check.Probability(x.MessageLossProbability, p + ".messageLossProbability");
        }

        var dc = s.DistressCalls;
        check.NotNull(dc, "$.sensors.distressCalls");
        check.Range(dc.FirstCallMinutes, 0, 600, "$.sensors.distressCalls.firstCallMinutes");
        check.Range(dc.IntervalMinutes, 0.5, 600, "$.sensors.distressCalls.intervalMinutes");
        check.Range(dc.Callers, 1, 50, "$.sensors.distressCalls.callers");
        check.Range(dc.PositionAgeMinutes, 0, 600, "$.sensors.distressCalls.positionAgeMinutes");
        check.Range(dc.PositionErrorMetres, 1, 100_000, "$.sensors.distressCalls.positionErrorMetres");
        check.That(dc.PositionErrorMetres.Min > 0, "$.sensors.distressCalls.positionErrorMetres.min", "must be positive");
        check.Probability(dc.NoPositionShare, "$.sensors.distressCalls.noPositionShare");
        check.Between(dc.MaxCallsPerBoat, 1, 1000, "$.sensors.distressCalls.maxCallsPerBoat");
        check.That(dc.SourceWeights.Count > 0 && dc.SourceWeights.All(w => w.Key is "phone" or "relay" or "ngo" or "vhf" && w.Value >= 0 && double.IsFinite(w.Value))
            && dc.SourceWeights.Values.Sum() > 0, "$.sensors.distressCalls.sourceWeights", "weights are for phone, relay, ngo and vhf, non-negative, not all zero");

        var o = s.OutcomeReports;
        check.NotNull(o, "$.sensors.outcomeReports");
        check.Range(o.DelayMinutes, 0, 600, "$.sensors.outcomeReports.delayMinutes");
        check.Between(o.SigmaMetres, 1, 10_000, "$.sensors.outcomeReports.sigmaMetres");
    }

    private sealed class Checker(string origin)
    {
        public void That(bool condition, string path, string message)
        {
            if (!condition)
            {
                throw new ScenarioException($"{origin}: {path}: {message}.");
            }
        }

        public void NotNull(object? value, string path) => That(value is not null, path, "is required");

        public void Finite(double value, string path) => That(double.IsFinite(value), path, "must be a finite number");

        public void Between(double value, double min, double max, string path) =>
            That(double.IsFinite(value) && value >= min && value <= max, path,
                string.Create(CultureInfo.InvariantCulture, $"must be between {min} and {max} (is {value})"));

        public void Probability(double value, string path) => Between(value, 0, 1, path);

        public void Range(RangeDocument? range, double min, double max, string path)
        {
            NotNull(range, path);
            Between(range!.Min, min, max, path + ".min");
            Between(range.Max, min, max, path + ".max");
            That(range.Min <= range.Max, path, "min must not exceed max");
        }

        public void Position(PositionDocument? position, string path)
        {
            if (position is not null)
            {
                Between(position.Lat, -90, 90, path + ".lat");
                Between(position.Lon, -180, 180, path + ".lon");
            }
        }

        public void Id(string? id, HashSet<string> seen, string path)
        {
            That(!string.IsNullOrWhiteSpace(id), path, "an id is required");
            That(id!.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.'), path, "ids use letters, digits, '-', '_' and '.'");
            That(seen.Add(id!), path, $"the id '{id}' is used twice");
        }
    }
}
