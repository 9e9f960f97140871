namespace Entente.Statistics.Operational;

/// <summary>Nights as the watch counts them: from noon UTC to the next noon UTC, named by the date of the evening.</summary>
public static class OperationalNight
{
    private static readonly TimeSpan Noon = TimeSpan.FromHours(12);

    /// <summary>The night a moment belongs to.</summary>
    /// <param name="time">The moment.</param>
    /// <returns>The date of that night's evening: 11:59 UTC on 22 November is the night of 21 November.</returns>
    public static DateOnly Of(DateTimeOffset time) => DateOnly.FromDateTime((time.UtcDateTime - Noon).Date);

    /// <summary>When a night begins: noon UTC on its date.</summary>
    /// <param name="night">The night.</param>
    /// <returns>Its first instant.</returns>
    public static DateTimeOffset Start(DateOnly night) => new(night.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc));

    /// <summary>When a night ends (exclusive): noon UTC the day after.</summary>
    /// <param name="night">The night.</param>
    /// <returns>The first instant of the next night.</returns>
    public static DateTimeOffset End(DateOnly night) => Start(night.AddDays(1));
}
