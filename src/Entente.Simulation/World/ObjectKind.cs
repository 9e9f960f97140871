namespace Entente.Simulation.World;

/// <summary>What a simulated object is; written as the <c>kind</c> of a truth record.</summary>
public enum ObjectKind
{
    /// <summary>A merchant ship in transit through the Strait.</summary>
    Ship,

    /// <summary>A cross-Channel ferry.</summary>
    Ferry,

    /// <summary>A fishing vessel.</summary>
    Fishing,

    /// <summary>A patrol vessel (Border Force, Navy, Gendarmerie maritime).</summary>
    Patrol,

    /// <summary>A lifeboat or rescue vessel (RNLI, SNSM).</summary>
    Rescue,

    /// <summary>A small boat carrying people across, without AIS.</summary>
    SmallBoat,

    /// <summary>A group of people in the water after a capsize.</summary>
    PeopleInWater,

    /// <summary>A surveillance aircraft or drone.</summary>
    Aircraft,
}
