using Entente.Ais.Transponders;

namespace Entente.Ais.Tests.Transponders;

public sealed class ReportingIntervalsTests
{
    [Theory]
    [InlineData(0.0, false, true, 180.0)]
    [InlineData(3.0, false, true, 180.0)]
    [InlineData(3.5, false, true, 10.0)]
    [InlineData(0.0, false, false, 10.0)]
    [InlineData(12.0, false, false, 10.0)]
    [InlineData(12.0, true, false, 10.0 / 3.0)]
    [InlineData(14.0, false, false, 10.0)]
    [InlineData(14.1, false, false, 6.0)]
    [InlineData(18.0, true, false, 2.0)]
    [InlineData(23.0, false, false, 6.0)]
    [InlineData(23.1, false, false, 2.0)]
    [InlineData(30.0, true, false, 2.0)]
    public void ClassA_FollowsTable1(double knots, bool turning, bool anchored, double seconds) =>
        Assert.Equal(seconds, ReportingIntervals.ClassAPosition(knots, turning, anchored).TotalSeconds, 6);

    [Theory]
    [InlineData(0.0, 180.0)]
    [InlineData(2.0, 180.0)]
    [InlineData(2.1, 30.0)]
    [InlineData(25.0, 30.0)]
    public void ClassB_ReportsEvery30SecondsWhenMoving(double knots, double seconds) =>
        Assert.Equal(seconds, ReportingIntervals.ClassBPosition(knots).TotalSeconds, 6);

    [Fact]
    public void StaticData_EverySixMinutes()
    {
        Assert.Equal(TimeSpan.FromMinutes(6), ReportingIntervals.ClassAStaticData);
        Assert.Equal(TimeSpan.FromMinutes(6), ReportingIntervals.ClassBStaticData);
    }
}
