namespace Entente.Simulation.SmallBoats;

/// <summary>What can happen to a small boat during its crossing.</summary>
internal enum BoatEventKind
{
    EngineFailure,
    EngineRestart,
    Swamping,
    Capsize,
    Rescue,
    Intercept,
    Prevented,
    DistressCall,
}
