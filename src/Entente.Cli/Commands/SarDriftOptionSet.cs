using System.CommandLine;
using Entente.Sar.Drift;

namespace Entente.Cli.Commands;

/// <summary>The options that say what drifts and in what wind and water, shared by <c>sar drift</c> and
/// <c>sar plan</c>, and how they turn into scenarios, forcing and run options.</summary>
internal sealed class SarDriftOptionSet
{
    private readonly Option<string?> _category = new("--category")
    {
        Description = "Leeway categories with weights, KEY[:WEIGHT],... (default REFUGEE-RAFT-1:60,SKIFF-3:30,PIW-1:10)",
        HelpName = "KEYS",
    };

    private readonly Option<int> _particles = new("--particles") { Description = "Particles", HelpName = "N", DefaultValueFactory = _ => 5_000 };
    private readonly Option<string> _step = new("--step") { Description = "Time step", HelpName = "INTERVAL", DefaultValueFactory = _ => "10m" };
    private readonly Option<string?> _wind = new("--wind") { Description = "A constant 10 m wind, SPEED@FROM (m/s, degrees true); calm when no wind is given", HelpName = "SPEED@FROM" };
    private readonly Option<string?> _windFile = new("--wind-file") { Description = "A wind series, CSV lines time,speed_m_s,from_deg", HelpName = "FILE" };

    private readonly Option<string?> _forcing = new("--forcing")
    {
        Description = "CF NetCDF wind and/or surface current (x_wind/y_wind, x_sea_water_velocity/y_sea_water_velocity)",
        HelpName = "FILE.nc",
    };

    private readonly Option<string?> _floodPeak = new("--tide-flood-peak")
    {
        Description = "The built-in Strait tidal stream: a time of peak flood at springs, ISO 8601 UTC (default: an approximate phase)",
        HelpName = "TIME",
    };

    private readonly Option<double> _springRate = new("--tide-spring-kn") { Description = "The built-in stream's spring rate in the narrows, knots", HelpName = "KN", DefaultValueFactory = _ => 2.9 };
    private readonly Option<bool> _noTide = new("--no-tide") { Description = "No tidal stream (current only from --forcing, or none)" };
    private readonly Option<ulong> _seed = new("--seed") { Description = "Random seed", HelpName = "N", DefaultValueFactory = _ => 1 };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _category, _particles, _step, _wind, _windFile, _forcing, _floodPeak, _springRate, _noTide, _seed })
        {
            command.Add(option);
        }
    }

    public IReadOnlyList<DriftScenario> Scenarios(ParseResult parse) => SarArguments.Scenarios(parse.GetValue(_category));

    public DriftForcing Forcing(ParseResult parse) => SarForcingText.Resolve(parse.GetValue(_wind), parse.GetValue(_windFile), parse.GetValue(_forcing),
        parse.GetValue(_noTide), parse.GetValue(_floodPeak), parse.GetValue(_springRate));

    /// <summary>The constant wind's direction, when <c>--wind</c> gave one.</summary>
    public double? WindFromDegrees(ParseResult parse) => parse.GetValue(_wind) is { } text ? SarArguments.Wind(text).FromDegrees : null;

    /// <summary>Run options from the particles, step and seed; the caller adds the rest.</summary>
    public DriftOptions Options(ParseResult parse, int maxParticles) => new()
    {
        Particles = (int)SarArguments.Positive(parse.GetValue(_particles), "--particles", maxParticles),
        Step = IntervalText.Parse(parse.GetValue(_step)!, "--step"),
        RandomSeed = parse.GetValue(_seed),
    };
}
