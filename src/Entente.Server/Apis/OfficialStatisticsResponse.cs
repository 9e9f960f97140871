namespace Entente.Server.Apis;

/// <summary>The imported Home Office small-boat series, analysed over a range of days.</summary>
/// <param name="Imported">Whether a daily series is stored.</param>
/// <param name="SeriesFrom">The stored daily series' first day, or null.</param>
/// <param name="SeriesTo">The stored daily series' last day, or null.</param>
/// <param name="WeeklyImported">Whether a weekly series (with the crossings prevented by France) is stored.</param>
/// <param name="WeeklyFrom">The stored weekly series' first week ending, or null.</param>
/// <param name="WeeklyTo">The stored weekly series' last week ending, or null.</param>
/// <param name="From">The range's first day (as asked, else the series' first day), or null when neither.</param>
/// <param name="To">The range's last day, likewise.</param>
/// <param name="Years">Totals by calendar year, with the change on the year before.</param>
/// <param name="Months">Totals by month, with the change on the same month a year before.</param>
/// <param name="Weeks">Totals by ISO 8601 week, with the change on the week before.</param>
/// <param name="Rolling7Day">The trailing 7-day mean for each day of the range (days before the range fill its first windows).</param>
/// <param name="RecordDay">The day with the most people arrived in the range (the earlier on a tie), or null.</param>
/// <param name="RecordMonth">The month with the most people arrived in the range, or null.</param>
/// <param name="Seasonality">Each calendar month's share of the people arrived over the whole years in the range (empty when nothing is imported).</param>
/// <param name="Prevention">Arrivals against crossings prevented by France, by year (empty without a weekly series).</param>
public sealed record OfficialStatisticsResponse(
    bool Imported,
    DateOnly? SeriesFrom,
    DateOnly? SeriesTo,
    bool WeeklyImported,
    DateOnly? WeeklyFrom,
    DateOnly? WeeklyTo,
    DateOnly? From,
    DateOnly? To,
    IReadOnlyList<OfficialPeriodResponse> Years,
    IReadOnlyList<OfficialPeriodResponse> Months,
    IReadOnlyList<OfficialPeriodResponse> Weeks,
    IReadOnlyList<OfficialAverageResponse> Rolling7Day,
    OfficialDayResponse? RecordDay,
    OfficialPeriodResponse? RecordMonth,
    IReadOnlyList<OfficialMonthShareResponse> Seasonality,
    IReadOnlyList<OfficialPreventionResponse> Prevention);
