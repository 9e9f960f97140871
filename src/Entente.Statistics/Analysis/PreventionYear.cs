namespace Entente.Statistics.Analysis;

/// <summary>One year of arrivals in the UK against crossings prevented by France (weeks assigned by their last day).</summary>
/// <param name="Year">The year.</param>
/// <param name="PeopleArrived">People arrived by small boat.</param>
/// <param name="PeoplePrevented">People whose crossing France prevented (published weeks only).</param>
/// <param name="EventsPrevented">Crossing attempts France prevented (published weeks only).</param>
/// <param name="WeeksWithPrevented">Weeks of the year with a published prevented figure.</param>
public sealed record PreventionYear(int Year, int PeopleArrived, int PeoplePrevented, int EventsPrevented, int WeeksWithPrevented)
{
    /// <summary>
    /// Prevented people as a percentage of those who tried (arrived + prevented), or null when nothing was published.
    /// </summary>
    public double? PreventedSharePercent =>
        WeeksWithPrevented == 0 || PeopleArrived + PeoplePrevented == 0 ? null : PeoplePrevented * 100.0 / (PeopleArrived + PeoplePrevented);
}
