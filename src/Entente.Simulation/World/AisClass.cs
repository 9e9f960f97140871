namespace Entente.Simulation.World;

/// <summary>Which AIS transponder an object carries.</summary>
internal enum AisClass
{
    None,
    ClassA,
    ClassB,
}
