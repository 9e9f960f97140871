using System.CommandLine;
using Entente.Geo.Geography;
using Entente.Sar.Drift;

namespace Entente.Cli.Commands;

/// <summary><c>entente sar drift</c>: a leeway Monte Carlo from a position and time, written as GeoJSON and JSON.</summary>
internal static class SarDriftCommand
{
    public static Command Create(TimeProvider timeProvider)
    {
        var at = new Option<string>("--at") { Description = "Last known position, LAT,LON (decimal degrees); the find position for --backward", HelpName = "LAT,LON", Required = true };
        var time = new Option<string>("--time") { Description = "When it was there, ISO 8601 UTC", HelpName = "TIME", Required = true };
        var radius = new Option<double>("--radius") { Description = "Uncertainty of the position, metres", HelpName = "M", DefaultValueFactory = _ => 500 };
        var ellipse = new Option<string?>("--ellipse") { Description = "An ellipse of uncertainty instead: semi-major m, semi-minor m, major axis bearing deg", HelpName = "A,B,DEG" };
        var lineTo = new Option<string?>("--line-to") { Description = "A second fix: seed along the track from --at/--time to here", HelpName = "LAT,LON" };
        var lineToTime = new Option<string?>("--line-to-time") { Description = "The second fix's time, ISO 8601 UTC", HelpName = "TIME" };
        var departedBy = new Option<string?>("--departed-by") { Description = "Departure any time from --time to this, ISO 8601 UTC", HelpName = "TIME" };
        var category = new Option<string?>("--category")
        {
            Description = "Leeway categories with weights, KEY[:WEIGHT],... (default REFUGEE-RAFT-1:60,SKIFF-3:30,PIW-1:10)",
            HelpName = "KEYS",
        };
        var hours = new Option<double>("--hours") { Description = "How long to drift, hours", HelpName = "H", DefaultValueFactory = _ => 6 };
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
        var backward = new Option<bool>("--backward") { Description = "Reverse drift: where could an object found at --at/--time have come from?" };
        var jibe = new Option<double>("--jibe") { Description = "Probability of jibing per hour", HelpName = "P", DefaultValueFactory = _ => 0.04 };
        var capsize = new Option<bool>("--capsize") { Description = "Let objects capsize in strong wind" };
        var seed = new Option<ulong>("--seed") { Description = "Random seed", HelpName = "N", DefaultValueFactory = _ => 1 };
        var history = new Option<bool>("--history") { Description = "Also write every particle at every output time to particles.csv" };
        var output = new Option<string>("--out", "-o") { Description = "Directory for drift.geojson, drift.json (and particles.csv)", HelpName = "DIR", Required = true };

        var command = new Command("drift", "Drift boats and people in the water by the leeway method (Monte Carlo), writing the datum track, containment areas and particles.")
        {
            at, time, radius, ellipse, lineTo, lineToTime, departedBy, category, hours, particles, step, wind, windFile, forcing, floodPeak, springRate, noTide,
            backward, jibe, capsize, seed, history, output,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var configuration = parse.InvocationConfiguration;
            var start = SarArguments.Time(parse.GetRequiredValue(time), "--time");
            var driftSeed = SarSeedText.Resolve(SarArguments.Position(parse.GetRequiredValue(at), "--at"), start,
                SarArguments.NotNegative(parse.GetValue(radius), "--radius", 500_000), parse.GetValue(ellipse), parse.GetValue(lineTo), parse.GetValue(lineToTime),
                parse.GetValue(departedBy));
            var options = new DriftOptions
            {
                Particles = (int)SarArguments.Positive(parse.GetValue(particles), "--particles", 10_000_000),
                Step = IntervalText.Parse(parse.GetValue(step)!, "--step"),
                Direction = parse.GetValue(backward) ? DriftDirection.Backward : DriftDirection.Forward,
                JibeProbabilityPerHour = SarArguments.NotNegative(parse.GetValue(jibe), "--jibe", 0.99),
                Capsize = parse.GetValue(capsize),
                RandomSeed = parse.GetValue(seed),
                KeepHistory = parse.GetValue(history),
            };
            var driftForcing = SarForcingText.Resolve(parse.GetValue(wind), parse.GetValue(windFile), parse.GetValue(forcing), parse.GetValue(noTide),
                parse.GetValue(floodPeak), parse.GetValue(springRate));
            var duration = TimeSpan.FromHours(SarArguments.Positive(parse.GetValue(hours), "--hours", 14 * 24));
            DriftRequest request;
            try
            {
                request = new DriftRequest(driftSeed, SarArguments.Scenarios(parse.GetValue(category)), driftForcing, duration, options);
            }
            catch (ArgumentException ex)
            {
                throw new CommandInputException(SimCommands.OneLine(ex.Message), ex);
            }

            var terminal = ReferenceEquals(configuration.Error, Console.Error) && !Console.IsErrorRedirected;
            var runner = new SarDriftRunner(ChannelGeography.LoadDefault(), parse.GetRequiredValue(output), configuration.Error, terminal, timeProvider);
            return Task.FromResult(runner.Run(request, cancellationToken));
        });
        return command;
    }
}
