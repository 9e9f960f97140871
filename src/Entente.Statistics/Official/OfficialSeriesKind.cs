namespace Entente.Statistics.Official;

/// <summary>Which of the published tables a file holds, recognised by its header.</summary>
public enum OfficialSeriesKind
{
    /// <summary>Daily arrivals (SB_01): date, migrants_arrived, boats_arrived, boats_uncontrolled_landings, notes.</summary>
    Daily,

    /// <summary>Weekly arrivals and crossings prevented by France (SB_02): week_ending, ..., migrants_prevented, events_prevented, notes.</summary>
    Weekly,
}
