namespace Entente.Simulation.Scenarios;

/// <summary>A scripted crossing.</summary>
internal sealed class BoatDocument
{
    public string? Id { get; set; }

    /// <summary>The launch beach (geography id).</summary>
    public string? Beach { get; set; }

    public double LaunchMinutes { get; set; }

    public int People { get; set; } = 50;

    public double SpeedKnots { get; set; } = 6;

    /// <summary>Where it heads (geography landing id); the nearest landing ahead when absent.</summary>
    public string? Landing { get; set; }

    /// <summary>When set, a taxi boat: it launches from this river mouth, runs along the shore to <see cref="Beach"/>,
    /// and picks up <see cref="TaxiPickupPeople"/> people there.</summary>
    public string? TaxiFrom { get; set; }

    public int TaxiPickupPeople { get; set; }

    public double TaxiPickupMinutes { get; set; } = 10;

    public IReadOnlyList<BoatEventDocument> Events { get; set; } = [];
}
