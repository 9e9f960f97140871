namespace Entente.Sar.Particles;

/// <summary>Where a particle is in its life.</summary>
public enum ParticleState : byte
{
    /// <summary>Drifting at sea.</summary>
    Drifting = 0,

    /// <summary>Not yet in the water: its departure time, drawn from the seed's window, is still ahead.</summary>
    NotDeparted = 1,

    /// <summary>Reached the coast and stays there.</summary>
    Stranded = 2,
}
