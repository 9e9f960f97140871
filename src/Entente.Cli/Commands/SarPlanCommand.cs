using System.CommandLine;
using Entente.Geo.Geography;

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
        var output = new Option<string>("--out", "-o") { Description = "Directory for plan.geojson and plan.json", HelpName = "DIR", Required = true };

        var command = new Command("plan", "Plan a search for an incident or a datum: drift the datum to the time of the search and choose a pattern for each asset, with its probability of success.")
        {
            incidents, incident, datum, time, sigma, at, asset, previousPos, output,
        };
        var drift = new SarDriftOptionSet();
        drift.AddTo(command);
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
            var options = drift.Options(parse, 1_000_000);
            var driftForcing = drift.Forcing(parse);
            var scenarios = drift.Scenarios(parse);
            var windFrom = drift.WindFromDegrees(parse);
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
