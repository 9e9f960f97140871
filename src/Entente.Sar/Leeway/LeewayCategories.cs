using System.Collections.Frozen;

namespace Entente.Sar.Leeway;

/// <summary>
/// The leeway categories Entente knows, written from the published coefficient table: Allen &amp; Plourde (1999),
/// "Review of leeway: field experiments and implementation", USCG R&amp;D Center report CG-D-08-99, Appendix, as
/// tabulated for operational use by Breivik &amp; Allen (2008), J. Marine Systems 69, and in the object property table of
/// the Norwegian Meteorological Institute's operational leeway model. Category numbers are that table's.
/// </summary>
/// <remarks>
/// No published category is an overloaded inflatable migrant dinghy: run weighted scenarios instead
/// (<see cref="SmallBoatScenarios"/>): afloat as REFUGEE-RAFT-1, swamped as SKIFF-3, people in the water as PIW-1.
/// </remarks>
public static class LeewayCategories
{
    /// <summary>PIW-1: person in the water, unknown state (mean values).</summary>
    public static LeewayCategory PersonInWater { get; } = Create("PIW-1", 1, "Person in the water, unknown state (mean values)", 0.96, 0, 12.0, 0.54, 0, 9.4, -0.54, 0, 9.4);

    /// <summary>PIW-2: person in the water, vertical, lifejacket, conscious.</summary>
    public static LeewayCategory PersonInWaterVertical { get; } = Create("PIW-2", 2, "Person in the water, vertical, lifejacket (PFD type III), conscious", 0.48, 0, 8.3, 0.15, 0, 6.7, -0.15, 0, 6.7);

    /// <summary>PIW-6: person in the water, deceased, face down.</summary>
    public static LeewayCategory PersonInWaterDeceased { get; } = Create("PIW-6", 6, "Person in the water, deceased (face down)", 1.117, 10.2, 3.04, 0.04, 3.9, 4.05, -0.04, -3.9, 4.05);

    /// <summary>LIFE-RAFT-DB-21: deep-ballast life raft, capsized.</summary>
    public static LeewayCategory LifeRaftCapsized { get; } = Create("LIFE-RAFT-DB-21", 18, "Life raft, deep ballast system, general (mean values), capsized", 0.88, 0, 2.5, 0.18, 0, 2.4, -0.18, 0, 2.4);

    /// <summary>LIFE-RAFT-DB-22: deep-ballast life raft, swamped.</summary>
    public static LeewayCategory LifeRaftSwamped { get; } = Create("LIFE-RAFT-DB-22", 19, "Life raft, deep ballast system, general (mean values), swamped", 0.99, 0, 2.4, 0.14, 0, 2.3, -0.14, 0, 2.3);

    /// <summary>LIFE-RAFT-NB-1: life raft with no ballast, general.</summary>
    public static LeewayCategory LifeRaftNoBallast { get; } = Create("LIFE-RAFT-NB-1", 26, "Life raft, no ballast system, general (mean values)", 3.70, 0, 12.0, 1.98, 0, 9.4, -1.98, 0, 9.4);

    /// <summary>LIFE-RAFT-NB-2: life raft with no ballast, no canopy, no drogue: the upper bound for an inflatable afloat.</summary>
    public static LeewayCategory LifeRaftNoBallastNoCanopy { get; } = Create("LIFE-RAFT-NB-2", 27, "Life raft, no ballast system, no canopy, no drogue", 5.34, 9.91, 9.82, 2.26, 1.04, 9.08, -2.26, -1.04, 9.08);

    /// <summary>SKIFF-1: modified-V runabout outboard powerboat.</summary>
    public static LeewayCategory Skiff { get; } = Create("SKIFF-1", 44, "Skiff, modified-V cathedral hull, runabout outboard powerboat", 3.15, 0, 2.2, 1.29, 0, 2.2, -1.29, 0, 2.2);

    /// <summary>SKIFF-2: V-hull skiff.</summary>
    public static LeewayCategory SkiffVHull { get; } = Create("SKIFF-2", 45, "Skiff, V-hull", 2.87, 3.98, 3.33, 0.32, -2.93, 2.53, -0.62, 1.03, 3.05);

    /// <summary>SKIFF-3: skiff swamped and capsized.</summary>
    public static LeewayCategory SkiffSwamped { get; } = Create("SKIFF-3", 46, "Skiff, swamped and capsized", 1.65, 0, 3.1, 0.39, 0, 2.9, -0.39, 0, 2.9);

    /// <summary>REFUGEE-RAFT-1: crowded refugee raft without sail, low freeboard.</summary>
    public static LeewayCategory RefugeeRaft { get; } = Create("REFUGEE-RAFT-1", 76, "Refugee raft, no sail (crowded, low freeboard)", 1.56, 8.30, 1.53, 0.078, 2.70, 1.52, -0.078, -2.70, 1.52);

    /// <summary>Every category, by key (case-insensitive).</summary>
    public static FrozenDictionary<string, LeewayCategory> All { get; } = new[]
    {
        PersonInWater, PersonInWaterVertical, PersonInWaterDeceased, LifeRaftCapsized, LifeRaftSwamped, LifeRaftNoBallast,
        LifeRaftNoBallastNoCanopy, Skiff, SkiffVHull, SkiffSwamped, RefugeeRaft,
    }.ToFrozenDictionary(c => c.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The default scenarios for a small boat in trouble in the Strait: 60% afloat and drifting (REFUGEE-RAFT-1),
    /// 30% swamped (SKIFF-3), 10% people in the water (PIW-1).</summary>
    public static IReadOnlyList<Drift.DriftScenario> SmallBoatScenarios { get; } =
    [
        new(RefugeeRaft, 0.6),
        new(SkiffSwamped, 0.3),
        new(PersonInWater, 0.1),
    ];

    /// <summary>Finds a category by key.</summary>
    /// <param name="key">The key, e.g. "PIW-1".</param>
    /// <param name="category">The category when known.</param>
    /// <returns>Whether it is known.</returns>
    public static bool TryFind(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LeewayCategory? category) =>
        All.TryGetValue(key, out category);

    private static LeewayCategory Create(string key, int number, string description, double dwSlope, double dwOffset, double dwSigma,
        double rightSlope, double rightOffset, double rightSigma, double leftSlope, double leftOffset, double leftSigma) =>
        new(key, number, description, new LeewayCoefficients(dwSlope, dwOffset, dwSigma), new LeewayCoefficients(rightSlope, rightOffset, rightSigma),
            new LeewayCoefficients(leftSlope, leftOffset, leftSigma));
}
