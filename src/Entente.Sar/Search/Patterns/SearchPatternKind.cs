namespace Entente.Sar.Search.Patterns;

/// <summary>The IAMSAR search patterns the planner builds.</summary>
public enum SearchPatternKind
{
    /// <summary>Expanding square (SS): from the datum outwards, legs S, S, 2S, 2S, 3S… with 90° turns.</summary>
    ExpandingSquare = 0,

    /// <summary>Sector search (VS): three sectors about the datum, 120° turns, legs of the radius.</summary>
    SectorSearch = 1,

    /// <summary>Parallel sweep (PS): tracks along the rectangle's length, advancing across it.</summary>
    ParallelSweep = 2,

    /// <summary>Creeping line (CS): tracks across the rectangle's width, advancing along its length.</summary>
    CreepingLine = 3,
}
