namespace Entente.Simulation.Engine;

/// <summary>What a simulation produced so far: outputs, and the night's outcomes from the ground truth.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record SimulationSummary
{
    /// <summary>Simulated time reached, UTC.</summary>
    public DateTimeOffset Time { get; init; }

    /// <summary>Truth records written.</summary>
    public long TruthRecords { get; init; }

    /// <summary>Detections written (all kinds, reports included).</summary>
    public long Detections { get; init; }

    /// <summary>AIS lines written.</summary>
    public long AisLines { get; init; }

    /// <summary>Small boats that reached the sea.</summary>
    public int BoatsLaunched { get; init; }

    /// <summary>Launches stopped on the beach.</summary>
    public int LaunchesPrevented { get; init; }

    /// <summary>Boats that landed in England.</summary>
    public int BoatsLanded { get; init; }

    /// <summary>Boats whose people were rescued in distress.</summary>
    public int BoatsRescued { get; init; }

    /// <summary>Boats whose people were taken aboard a patrol vessel while under way.</summary>
    public int BoatsIntercepted { get; init; }

    /// <summary>People who set out in boats that reached the sea.</summary>
    public int PeopleAtSea { get; init; }

    /// <summary>People who landed in England from their own boat.</summary>
    public int PeopleLanded { get; init; }

    /// <summary>People taken aboard rescue or patrol vessels (in distress or not).</summary>
    public int PeopleTakenAboard { get; init; }

    /// <summary>Boats that capsized.</summary>
    public int Capsizes { get; init; }
}
