namespace Entente.Statistics.Official;

/// <summary>
/// One week of the Home Office series with the crossings prevented by France (SB_02); a null count was not published.
/// </summary>
public sealed record WeeklyArrivals
{
    /// <summary>Creates a validated week.</summary>
    /// <param name="weekEnding">The last day of the week.</param>
    /// <param name="migrantsArrived">People detected arriving by small boat.</param>
    /// <param name="boatsArrived">Small boats detected arriving.</param>
    /// <param name="boatsUncontrolledLandings">Boats that landed without being met.</param>
    /// <param name="migrantsPrevented">People whose crossing France prevented.</param>
    /// <param name="eventsPrevented">Crossing attempts France prevented.</param>
    /// <param name="notes">The publisher's note; blank becomes null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public WeeklyArrivals(DateOnly weekEnding, int? migrantsArrived, int? boatsArrived, int? boatsUncontrolledLandings,
        int? migrantsPrevented, int? eventsPrevented, string? notes = null)
    {
        WeekEnding = weekEnding;
        MigrantsArrived = SeriesCounts.NotNegative(migrantsArrived, nameof(migrantsArrived));
        BoatsArrived = SeriesCounts.NotNegative(boatsArrived, nameof(boatsArrived));
        BoatsUncontrolledLandings = SeriesCounts.NotNegative(boatsUncontrolledLandings, nameof(boatsUncontrolledLandings));
        MigrantsPrevented = SeriesCounts.NotNegative(migrantsPrevented, nameof(migrantsPrevented));
        EventsPrevented = SeriesCounts.NotNegative(eventsPrevented, nameof(eventsPrevented));
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
    }

    /// <summary>The last day of the week.</summary>
    public DateOnly WeekEnding { get; }

    /// <summary>People detected arriving by small boat, or null when not published.</summary>
    public int? MigrantsArrived { get; }

    /// <summary>Small boats detected arriving, or null when not published.</summary>
    public int? BoatsArrived { get; }

    /// <summary>Boats that landed without being met, or null when not published.</summary>
    public int? BoatsUncontrolledLandings { get; }

    /// <summary>People whose crossing France prevented, or null when not published.</summary>
    public int? MigrantsPrevented { get; }

    /// <summary>Crossing attempts France prevented, or null when not published.</summary>
    public int? EventsPrevented { get; }

    /// <summary>The publisher's note, or null.</summary>
    public string? Notes { get; }
}
