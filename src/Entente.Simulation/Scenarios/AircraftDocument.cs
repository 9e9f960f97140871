namespace Entente.Simulation.Scenarios;

/// <summary>A surveillance aircraft or drone flying an orbit while on station, and its sensor.</summary>
internal sealed class AircraftDocument
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public PositionDocument? OrbitCentre { get; init; }

    public double OrbitRadiusMetres { get; init; } = 10_000;

    public double SpeedKnots { get; init; } = 140;

    public double AltitudeMetres { get; init; } = 1_000;

    public double OnStationMinutes { get; init; }

    public double OffStationMinutes { get; init; } = 240;

    /// <summary>Radius of the sensor's footprint around the aircraft's ground position.</summary>
    public double FootprintRadiusMetres { get; init; } = 6_000;

    /// <summary>Probability of detecting a small boat in the footprint per look, in good visibility.</summary>
    public double DetectionProbability { get; init; } = 0.8;

    public double LookIntervalSeconds { get; init; } = 20;

    public double SigmaMetres { get; init; } = 60;

    /// <summary>One-sigma error of the people count, as a fraction of the true count.</summary>
    public double PeopleCountSigmaFraction { get; init; } = 0.2;
}
