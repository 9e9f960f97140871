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
        var hours = new Option<double>("--hours") { Description = "How long to drift, hours", HelpName = "H", DefaultValueFactory = _ => 6 };
        var backward = new Option<bool>("--backward") { Description = "Reverse drift: where could an object found at --at/--time have come from?" };
        var jibe = new Option<double>("--jibe") { Description = "Probability of jibing per hour", HelpName = "P", DefaultValueFactory = _ => 0.04 };
        var capsize = new Option<bool>("--capsize") { Description = "Let objects capsize in strong wind" };
        var history = new Option<bool>("--history") { Description = "Also write every particle at every output time to particles.csv" };
        var output = new Option<string>("--out", "-o") { Description = "Directory for drift.geojson, drift.json (and particles.csv)", HelpName = "DIR", Required = true };

        var command = new Command("drift", "Drift boats and people in the water by the leeway method (Monte Carlo), writing the datum track, containment areas and particles.")
        {
            at, time, radius, ellipse, lineTo, lineToTime, departedBy, hours, backward, jibe, capsize, history, output,
        };
        var drift = new SarDriftOptionSet();
        drift.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            var configuration = parse.InvocationConfiguration;
            var start = SarArguments.Time(parse.GetRequiredValue(time), "--time");
            var driftSeed = SarSeedText.Resolve(SarArguments.Position(parse.GetRequiredValue(at), "--at"), start,
                SarArguments.NotNegative(parse.GetValue(radius), "--radius", 500_000), parse.GetValue(ellipse), parse.GetValue(lineTo), parse.GetValue(lineToTime),
                parse.GetValue(departedBy));
            var options = drift.Options(parse, 10_000_000) with
            {
                Direction = parse.GetValue(backward) ? DriftDirection.Backward : DriftDirection.Forward,
                JibeProbabilityPerHour = SarArguments.NotNegative(parse.GetValue(jibe), "--jibe", 0.99),
                Capsize = parse.GetValue(capsize),
                KeepHistory = parse.GetValue(history),
            };
            var driftForcing = drift.Forcing(parse);
            var duration = TimeSpan.FromHours(SarArguments.Positive(parse.GetValue(hours), "--hours", 14 * 24));
            DriftRequest request;
            try
            {
                request = new DriftRequest(driftSeed, drift.Scenarios(parse), driftForcing, duration, options);
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
