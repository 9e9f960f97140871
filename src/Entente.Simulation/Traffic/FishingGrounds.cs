namespace Entente.Simulation.Traffic;

/// <summary>
/// Inshore grounds where fishing vessels work at night, outside the TSS lanes: off Dunkirk's banks, off Boulogne and
/// Berck, in Rye Bay and off Folkestone (approximate centres).
/// </summary>
internal static class FishingGrounds
{
    public static IReadOnlyList<(double Lat, double Lon)> Centres { get; } =
        [(51.10, 2.25), (50.74, 1.47), (50.45, 1.45), (50.88, 0.85), (51.03, 1.17), (50.60, 1.45)];

    /// <summary>How far from a ground's centre a vessel wanders, metres.</summary>
    public const double RadiusMetres = 6_000;
}
