namespace Entente.Ais.Transponders;

/// <summary>
/// How often AIS stations report (ITU-R M.1371-5 Annex 1, table 1 for class A, and the class B "CS" rates of
/// Annex 7): what a simulated transponder follows, and what a tracker may expect between reports.
/// </summary>
public static class ReportingIntervals
{
    /// <summary>Class A static and voyage data (message 5): every 6 minutes.</summary>
    public static readonly TimeSpan ClassAStaticData = TimeSpan.FromMinutes(6);

    /// <summary>Class B static data (message 24 parts A and B): every 6 minutes.</summary>
    public static readonly TimeSpan ClassBStaticData = TimeSpan.FromMinutes(6);

    /// <summary>The class A position report interval.</summary>
    /// <param name="speedOverGroundKnots">Speed over ground, knots.</param>
    /// <param name="changingCourse">True when the ship is changing course.</param>
    /// <param name="anchoredOrMoored">True when the navigational status is at anchor or moored.</param>
    /// <returns>The interval between messages 1, 2 or 3.</returns>
    public static TimeSpan ClassAPosition(double speedOverGroundKnots, bool changingCourse, bool anchoredOrMoored)
    {
        // Anchored or moored and not moving faster than 3 knots: 3 minutes (10 s if faster).
        if (anchoredOrMoored)
        {
            return speedOverGroundKnots <= 3 ? TimeSpan.FromMinutes(3) : TimeSpan.FromSeconds(10);
        }

        return speedOverGroundKnots switch
        {
            <= 14 => changingCourse ? TimeSpan.FromSeconds(10.0 / 3.0) : TimeSpan.FromSeconds(10),
            <= 23 => changingCourse ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(6),
            _ => TimeSpan.FromSeconds(2),
        };
    }

    /// <summary>The class B "CS" position report interval (message 18).</summary>
    /// <param name="speedOverGroundKnots">Speed over ground, knots.</param>
    /// <returns>3 minutes at 2 knots or less, else 30 seconds.</returns>
    public static TimeSpan ClassBPosition(double speedOverGroundKnots) =>
        speedOverGroundKnots <= 2 ? TimeSpan.FromMinutes(3) : TimeSpan.FromSeconds(30);
}
