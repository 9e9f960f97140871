namespace Entente.Server.Apis;

/// <summary>One year of arrivals against crossings prevented by France (weekly series, weeks by their last day).</summary>
/// <param name="Year">The year.</param>
/// <param name="PeopleArrived">People arrived in the UK by small boat.</param>
/// <param name="PeoplePrevented">People whose crossing France prevented (published weeks only).</param>
/// <param name="EventsPrevented">Crossing attempts France prevented (published weeks only).</param>
/// <param name="WeeksWithPrevented">Weeks with a published prevented figure.</param>
/// <param name="PreventedSharePercent">Prevented people as a share of those who tried, or null when nothing was published.</param>
public sealed record OfficialPreventionResponse(int Year, int PeopleArrived, int PeoplePrevented, int EventsPrevented, int WeeksWithPrevented,
    double? PreventedSharePercent);
