using System.CommandLine;
using System.Globalization;
using Entente.Simulation.Scenarios;

namespace Entente.Cli.Commands;

/// <summary>entente sim ...: the scenario simulator.</summary>
internal static class SimCommands
{
    public static Command Create()
    {
        var sim = new Command("sim", "Simulate nights in the Strait: ground truth, detections and AIS, to files or live over UDP.");
        sim.Add(CreateList());
        sim.Add(CreateRun());
        sim.Add(CreateLive());
        return sim;
    }

    /// <summary>A scenario by built-in name or file, with the seed and window changed as asked; bad input as <see cref="CommandInputException"/>.</summary>
    public static Scenario LoadScenario(string nameOrPath, long? seed, double? hours)
    {
        Scenario scenario;
        try
        {
            scenario = BuiltInScenarios.Resolve(nameOrPath);
        }
        catch (ScenarioException ex)
        {
            throw new CommandInputException(OneLine(ex.Message), ex);
        }

        if (seed is { } s)
        {
            scenario = scenario.WithSeed(s);
        }

        if (hours is { } h)
        {
            if (!double.IsFinite(h) || h <= 0 || h > 48)
            {
                throw new CommandInputException(string.Create(CultureInfo.InvariantCulture, $"--hours {h} is out of range: give more than 0 and at most 48 hours."));
            }

            scenario = scenario.WithDuration(TimeSpan.FromHours(h));
        }

        return scenario;
    }

    /// <summary>A message on one line, as errors are reported.</summary>
    public static string OneLine(string message) => message.ReplaceLineEndings(" ");

    private static Command CreateList()
    {
        var list = new Command("list", "List the built-in scenarios: name, duration and description.");
        list.SetAction(async (parse, cancellationToken) =>
        {
            await SimListRunner.WriteAsync(parse.InvocationConfiguration.Output, cancellationToken);
            return 0;
        });
        return list;
    }

    private static Command CreateRun()
    {
        var scenario = ScenarioArgument();
        var output = new Option<string>("--out", "-o") { Description = "The directory for truth.jsonl, detections.jsonl and ais.nmea", HelpName = "DIR", Required = true };
        var seed = SeedOption();
        var hours = new Option<double?>("--hours") { Description = "Simulate only the first H hours of the window", HelpName = "H" };
        var run = new Command("run", "Simulate a scenario as fast as possible and write its ground truth, detections and AIS to a directory.")
        {
            scenario, output, seed, hours,
        };
        run.SetAction((parse, cancellationToken) =>
        {
            var configuration = parse.InvocationConfiguration;
            var loaded = LoadScenario(parse.GetRequiredValue(scenario), parse.GetValue(seed), parse.GetValue(hours));
            var terminal = ReferenceEquals(configuration.Error, Console.Error) && !Console.IsErrorRedirected;
            var runner = new SimRunRunner(loaded, parse.GetRequiredValue(output), configuration.Output, configuration.Error, terminal);
            return Task.FromResult(runner.Run(cancellationToken));
        });
        return run;
    }

    private static Command CreateLive()
    {
        var scenario = ScenarioArgument();
        var speed = new Option<double>("--speed")
        {
            Description = "Simulated seconds per second: 1 is real time, 10 ten times faster",
            HelpName = "N",
            DefaultValueFactory = _ => 1,
        };
        var ais = new Option<string>("--ais-udp") { Description = "Send each AIS line as one datagram here", HelpName = "HOST:PORT", Required = true };
        var detections = new Option<string>("--detections-udp") { Description = "Send each detection as one JSON line datagram here", HelpName = "HOST:PORT", Required = true };
        var truth = new Option<string?>("--truth-udp") { Description = "Also send the ground truth, as JSON lines, here", HelpName = "HOST:PORT" };
        var seed = SeedOption();
        var live = new Command("live", "Run a scenario from now, paced by the clock, sending AIS and detections over UDP until its window ends or Ctrl+C.")
        {
            scenario, speed, ais, detections, truth, seed,
        };
        live.SetAction(async (parse, cancellationToken) =>
        {
            var configuration = parse.InvocationConfiguration;
            var pace = parse.GetValue(speed);
            if (!double.IsFinite(pace) || pace <= 0 || pace > 1_000_000)
            {
                throw new CommandInputException(string.Create(CultureInfo.InvariantCulture, $"--speed {pace} is out of range: give more than 0 and at most 1000000."));
            }

            var loaded = LoadScenario(parse.GetRequiredValue(scenario), parse.GetValue(seed), null);
            var endpoints = new SimLiveEndpoints(
                UdpEndpointText.Parse(parse.GetRequiredValue(ais), "--ais-udp"),
                UdpEndpointText.Parse(parse.GetRequiredValue(detections), "--detections-udp"),
                parse.GetValue(truth) is { } t ? UdpEndpointText.Parse(t, "--truth-udp") : null);
            var runner = new SimLiveRunner(loaded, pace, endpoints, TimeProvider.System, configuration.Output, configuration.Error);
            return await runner.RunAsync(cancellationToken);
        });
        return live;
    }

    private static Argument<string> ScenarioArgument() =>
        new("SCENARIO") { Description = "A built-in scenario's name (see 'entente sim list') or a scenario JSON file" };

    private static Option<long?> SeedOption() =>
        new("--seed") { Description = "The random seed, instead of the scenario's own", HelpName = "N" };
}
