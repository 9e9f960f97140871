namespace Entente.Server.Apis;

/// <summary>One calendar month's share of the people arrived over the whole years in the range.</summary>
/// <param name="Month">The month, 1 (January) to 12.</param>
/// <param name="People">People arrived in that month, those years together.</param>
/// <param name="SharePercent">The month's share of them all, in percent.</param>
public sealed record OfficialMonthShareResponse(int Month, int People, double SharePercent);
