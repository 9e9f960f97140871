namespace Entente.Simulation.World;

/// <summary>Running counts of the night's outcomes, kept by the behaviours as things happen.</summary>
internal sealed class SimulationTally
{
    public int BoatsLaunched { get; set; }

    public int LaunchesPrevented { get; set; }

    public int BoatsLanded { get; set; }

    public int BoatsRescued { get; set; }

    public int BoatsIntercepted { get; set; }

    public int PeopleAtSea { get; set; }

    public int PeopleLanded { get; set; }

    public int PeopleTakenAboard { get; set; }

    public int Capsizes { get; set; }
}
