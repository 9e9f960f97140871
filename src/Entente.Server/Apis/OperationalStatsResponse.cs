namespace Entente.Server.Apis;

/// <summary>GET /api/stats/operational: the range's totals, each night that has records, and launches by beach.</summary>
/// <param name="From">The first night of the range (its evening's date).</param>
/// <param name="To">The last night, inclusive.</param>
/// <param name="Total">The whole range.</param>
/// <param name="Nights">One period per night of the range that has any record, in date order.</param>
/// <param name="Beaches">Every launch beach of the geography with its launches over the range.</param>
public sealed record OperationalStatsResponse(DateOnly From, DateOnly To, OperationalPeriodResponse Total, IReadOnlyList<OperationalPeriodResponse> Nights,
    IReadOnlyList<BeachLaunchesResponse> Beaches);
