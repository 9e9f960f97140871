namespace Entente.Simulation.Scenarios;

/// <summary>A surveillance aircraft or drone flying an orbit while on station, and its sensor.</summary>
internal sealed class AircraftDocument
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public PositionDocument? OrbitCentre { get; set; }

    public double OrbitRadiusMetres { get; set; } = 10_000;

    public double SpeedKnots { get; set; } = 140;

    public double AltitudeMetres { get; set; } = 1_000;

    public double OnStationMinutes { get; set; }

    public double OffStationMinutes { get; set; } = 240;

    /// <summary>Radius of the sensor's footprint around the aircraft's ground position.</summary>
    public double FootprintRadiusMetres { get; set; } = 6_000;

    /// <summary>Probability of detecting a small boat in the footprint per look, in good visibility.</summary>
    public double DetectionProbability { get; set; } = 0.8;

    public double LookIntervalSeconds { get; set; } = 20;

    public double SigmaMetres { get; set; } = 60;

    /// <summary>One-sigma error of the people count, as a fraction of the true count.</summary>
    public double PeopleCountSigmaFraction { get; set; } = 0.2;
}
