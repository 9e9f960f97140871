namespace Entente.Statistics.Analysis;

/// <summary>One calendar month's share of the people arrived over the years given.</summary>
/// <param name="Month">The month, 1 (January) to 12.</param>
/// <param name="PeopleArrived">People arrived in that month, all years together.</param>
/// <param name="SharePercent">The month's share of all people arrived, in percent.</param>
public sealed record MonthShare(int Month, int PeopleArrived, double SharePercent);
