namespace Entente.Simulation.Scenarios;

/// <summary>How people aboard a boat in trouble call for help: delays, how many callers, how wrong their positions are.</summary>
internal sealed class DistressCallsDocument
{
    /// <summary>Minutes from the start of trouble to the first call.</summary>
    public RangeDocument FirstCallMinutes { get; set; } = new(2, 15);

    /// <summary>Minutes between calls from the same boat.</summary>
    public RangeDocument IntervalMinutes { get; set; } = new(5, 25);

    /// <summary>How many different people on one boat call.</summary>
    public RangeDocument Callers { get; set; } = new(1, 4);

    /// <summary>Age of the position a caller gives (a shared location from earlier), minutes.</summary>
    public RangeDocument PositionAgeMinutes { get; set; } = new(0, 20);

    /// <summary>Position error, metres (drawn log-uniformly per call).</summary>
    public RangeDocument PositionErrorMetres { get; set; } = new(200, 5_000);

    /// <summary>Share of calls that carry no position at all (the caller cannot say where they are); they are reported near the last known area with a large sigma.</summary>
    public double NoPositionShare { get; set; } = 0.15;

    /// <summary>Relative weights of the channels calls come through: phone, relay, ngo, vhf.</summary>
    public IReadOnlyDictionary<string, double> SourceWeights { get; set; } =
        new Dictionary<string, double>(StringComparer.Ordinal) { ["phone"] = 0.55, ["relay"] = 0.15, ["ngo"] = 0.25, ["vhf"] = 0.05 };

    /// <summary>The most calls from one boat; calls also stop once the boat is rescued or lands.</summary>
    public double MaxCallsPerBoat { get; set; } = 12;
}
