namespace Entente.Simulation.Scenarios;

/// <summary>A scripted crossing.</summary>
internal sealed class BoatDocument
{
    public string? Id { get; init; }

    /// <summary>The launch beach (geography id).</summary>
    public string? Beach { get; init; }

    public double LaunchMinutes { get; init; }

    public int People { get; init; } = 50;

    public double SpeedKnots { get; init; } = 6;

    /// <summary>Where it heads (geography landing id); the nearest landing ahead when absent.</summary>
    public string? Landing { get; init; }

    /// <summary>When set, a taxi boat: it launches from this river mouth, runs along the shore to <see cref="Beach"/>,
    /// and picks up <see cref="TaxiPickupPeople"/> people there.</summary>
    public string? TaxiFrom { get; init; }

    public int TaxiPickupPeople { get; init; }

    public double TaxiPickupMinutes { get; init; } = 10;

    public IReadOnlyList<BoatEventDocument> Events { get; init; } = [];
}
