namespace Entente.Statistics.Operational;

/// <summary>The operational statistics of a range of nights: the whole range, and each night that has records.</summary>
/// <param name="FirstNight">The first night of the range.</param>
/// <param name="LastNight">The last night, inclusive.</param>
/// <param name="Total">The whole range.</param>
/// <param name="Nights">One period per night of the range that has any record, in date order.</param>
/// <param name="UnreadRecords">Records that could not be read and count for nothing.</param>
public sealed record OperationalReport(DateOnly FirstNight, DateOnly LastNight, OperationalPeriod Total, IReadOnlyList<OperationalPeriod> Nights, int UnreadRecords);
