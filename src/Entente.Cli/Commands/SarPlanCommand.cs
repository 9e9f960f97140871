using System.CommandLine;
using Entente.Geo.Geography;
using Entente.Sar.Drift;

namespace Entente.Cli.Commands;

/// <summary><c>entente sar plan</c>: drifts an incident's datum (or a given one) to the time of the search and plans a
/// search pattern for each asset, written as GeoJSON and JSON.</summary>
internal static class SarPlanCommand
{
    public static Command Create(TimeProvider timeProvider)
    {
        var incidents = new Option<string?>("--incidents") { Description = "An incidents.jsonl written by entente replay", HelpName = "FILE" };
        var incident = new Option<string?>("--incident") { Description = "The incident to plan for, e.g. INC-00001: its latest datum", HelpName = "ID" };
        var datum = new Option<string?>("--datum") { Description = "Or a datum: LAT,LON (decimal degrees)", HelpName = "LAT,LON" };
        var time = new Option<string?>("--time") { Description = "The datum's time, ISO 8601 UTC", HelpName = "TIME" };
        var sigma = new Option<double?>("--sigma") { Description = "The datum's one-sigma uncertainty, metres", HelpName = "M" };
        var at = new Option<string?>("--at") { Description = "When the search starts, ISO 8601 UTC (default: the datum's time)", HelpName = "TIME" };
        var asset = new Option<string[]>("--asset")
        {
            Description = "A search unit, NAME:SPEED_KN:SWEEP_M:ENDURANCE_H (search speed, effective sweep width, hours on task); repeat for more",
            HelpName = "ASSET",
            Required = true,
        };
        var previousPos = new Option<string?>("--previous-pos") { Description = "POS of the searches already done for this incident, e.g. 0.3,0.2", HelpName = "P,..." };
        var category = new Option<string?>("--category")
        {
            Description = "Leeway categories with weights, KEY[:WEIGHT],... (default REFUGEE-RAFT-1:60,SKIFF-3:30,PIW-1:10)",
            HelpName = "KEYS",
        };
        var particles = new Option<int>("--particles") { Description = "Particles", HelpName = "N", DefaultValueFactory = _ => 5_000 };
        var step = new Option<string>("--step") { Description = "Time step", HelpName = "INTERVAL", DefaultValueFactory = _ => "10m" };
        var wind = new Option<string?>("--wind") { Description = "A constant 10 m wind, SPEED@FROM (m/s, degrees true); calm when no wind is given", HelpName = "SPEED@FROM" };
        var windFile = new Option<string?>("--wind-file") { Description = "A wind series, CSV lines time,speed_m_s,from_deg", HelpName = "FILE" };
        var forcing = new Option<string?>("--forcing") { Description = "CF NetCDF wind and/or surface current (x_wind/y_wind, x_sea_water_velocity/y_sea_water_velocity)", HelpName = "FILE.nc" };
        var floodPeak = new Option<string?>("--tide-flood-peak")
        {
            Description = "The built-in Strait tidal stream: a time of peak flood at springs, ISO 8601 UTC (default: an approximate phase)",
            HelpName = "TIME",
        };
        var springRate = new Option<double>("--tide-spring-kn") { Description = "The built-in stream's spring rate in the narrows, knots", HelpName = "KN", DefaultValueFactory = _ => 2.9 };
        var noTide = new Option<bool>("--no-tide") { Description = "No tidal stream (current only from --forcing, or none)" };
        var seed = new Option<ulong>("--seed") { Description = "Random seed", HelpName = "N", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out", "-o") { Description = "Directory for plan.geojson and plan.json", HelpName = "DIR", Required = true };

        var command = new Command("plan", "Plan a search for an incident or a datum: drift the datum to the time of the search and choose a pattern for each asset, with its probability of success.")
        {
            incidents, incident, datum, time, sigma, at, asset, previousPos, category, particles, step, wind, windFile, forcing, floodPeak, springRate, noTide, seed, output,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var configuration = parse.InvocationConfiguration;
            var target = Target(parse.GetValue(incidents), parse.GetValue(incident), parse.GetValue(datum), parse.GetValue(time), parse.GetValue(sigma));
            var start = parse.GetValue(at) is { } atText ? SarArguments.Time(atText, "--at") : target.Time;
            if (start < target.Time)
            {
                throw new CommandInputException($"--at {start:yyyy-MM-dd'T'HH:mm:ss'Z'} is before the datum's time {target.Time:yyyy-MM-dd'T'HH:mm:ss'Z'}: a search plan looks forward from the datum.");
            }

            if (start - target.Time > TimeSpan.FromDays(14))
            {
                throw new CommandInputException("--at is more than 14 days after the datum's time: drift it in steps, moving the datum.");
            }

            var assets = SarAssetText.Assets(parse.GetValue(asset));
            var previous = SarAssetText.PreviousPos(parse.GetValue(previousPos));
            var options = new DriftOptions
            {
                Particles = (int)SarArguments.Positive(parse.GetValue(particles), "--particles", 1_000_000),
                Step = IntervalText.Parse(parse.GetValue(step)!, "--step"),
                RandomSeed = parse.GetValue(seed),
            };
            var windText = parse.GetValue(wind);
            var driftForcing = SarForcingText.Resolve(windText, parse.GetValue(windFile), parse.GetValue(forcing), parse.GetValue(noTide),
                parse.GetValue(floodPeak), parse.GetValue(springRate));
            var scenarios = SarArguments.Scenarios(parse.GetValue(category));
            double? windFrom = windText is null ? null : SarArguments.Wind(windText).FromDegrees;
            var plan = new SarPlanInput(target, start, scenarios, driftForcing, options, windFrom, assets, previous);

            var terminal = ReferenceEquals(configuration.Error, Console.Error) && !Console.IsErrorRedirected;
            var runner = new SarPlanRunner(ChannelGeography.LoadDefault(), parse.GetRequiredValue(output), configuration.Error, terminal, timeProvider);
            return Task.FromResult(runner.Run(plan, cancellationToken));
        });
        return command;
    }

    /// <summary>The object of the search: an incident's latest datum, or one given on the command line; exactly one.</summary>
    private static SarPlanTarget Target(string? incidents, string? incident, string? datum, string? time, double? sigma)
    {
        var fromIncident = incidents is not null || incident is not null;
        var fromDatum = datum is not null || time is not null || sigma is not null;
        if (fromIncident && fromDatum)
        {
            throw new CommandInputException("Give --incidents FILE --incident ID, or --datum LAT,LON --time TIME --sigma M, not both.");
        }

        if (fromIncident)
        {
            if (incidents is null || incident is null)
            {
                throw new CommandInputException("--incidents and --incident go together: give the file and the incident's id.");
            }

            var sar = SarIncidentFile.Read(incidents, incident);
            return new SarPlanTarget(sar.Id.ToString(), sar.Datum.Position, sar.Datum.Time, sar.Datum.SigmaMetres);
        }

        if (datum is null || time is null || sigma is null)
        {
            throw new CommandInputException("Say what to search for: --incidents FILE --incident ID, or --datum LAT,LON --time TIME --sigma M.");
        }

        return new SarPlanTarget(null, SarArguments.Position(datum, "--datum"), SarArguments.Time(time, "--time"),
            SarArguments.NotNegative(sigma.Value, "--sigma", 250_000));
    }
}
