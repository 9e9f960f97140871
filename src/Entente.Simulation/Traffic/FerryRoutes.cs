using Entente.Simulation.Navigation;

namespace Entente.Simulation.Traffic;

/// <summary>
/// The cross-Channel ferry routes, berth to berth through the harbour entrances. Harbour positions are approximate
/// (charted entrances, within about 500 m); crossings cross the TSS close to a right angle, as Rule 10 requires.
/// </summary>
internal static class FerryRoutes
{
    public static Route DoverCalais { get; } = Route.FromDegrees(
        (51.126, 1.333), (51.113, 1.346), (51.060, 1.520), (50.990, 1.790), (50.972, 1.846), (50.966, 1.862));

    public static Route DoverDunkirk { get; } = Route.FromDegrees(
        (51.126, 1.333), (51.113, 1.346), (51.100, 1.600), (51.090, 1.900), (51.058, 2.100), (51.040, 2.152), (51.027, 2.185));

    public static Route? Find(string name) => name switch
    {
        "dover-calais" => DoverCalais,
        "dover-dunkirk" => DoverDunkirk,
        _ => null,
    };
}
