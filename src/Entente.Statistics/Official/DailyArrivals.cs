namespace Entente.Statistics.Official;

/// <summary>One day of the Home Office small-boat arrivals series (SB_01); a null count was not published.</summary>
public sealed record DailyArrivals
{
    /// <summary>Creates a validated day.</summary>
    /// <param name="date">The day.</param>
    /// <param name="migrantsArrived">People detected arriving by small boat.</param>
    /// <param name="boatsArrived">Small boats detected arriving.</param>
    /// <param name="boatsUncontrolledLandings">Boats that landed without being met.</param>
    /// <param name="notes">The publisher's note; blank becomes null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public DailyArrivals(DateOnly date, int? migrantsArrived, int? boatsArrived, int? boatsUncontrolledLandings, string? notes = null)
    {
        Date = date;
        MigrantsArrived = SeriesCounts.NotNegative(migrantsArrived, nameof(migrantsArrived));
        BoatsArrived = SeriesCounts.NotNegative(boatsArrived, nameof(boatsArrived));
        BoatsUncontrolledLandings = SeriesCounts.NotNegative(boatsUncontrolledLandings, nameof(boatsUncontrolledLandings));
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
    }

    /// <summary>The day.</summary>
    public DateOnly Date { get; }

    /// <summary>People detected arriving by small boat, or null when not published.</summary>
    public int? MigrantsArrived { get; }

    /// <summary>Small boats detected arriving, or null when not published.</summary>
    public int? BoatsArrived { get; }

    /// <summary>Boats that landed without being met, or null when not published.</summary>
    public int? BoatsUncontrolledLandings { get; }

    /// <summary>The publisher's note, or null.</summary>
    public string? Notes { get; }
}
