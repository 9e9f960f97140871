using Entente.Simulation.Conditions;

namespace Entente.Simulation.Tests.Conditions;

public sealed class TidalCurrentTests
{
    private static readonly DateTimeOffset Peak = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);
    private static readonly TidalCurrent Stream = new(3.0, 35.0, Peak);

    [Fact]
    public void AtPeakFlood_RunsAtFullRateTowardsTheFloodDirection()
    {
        Assert.Equal(3.0, Stream.SignedSpeedKnots(Peak), 9);
        var (east, north) = Stream.Velocity(Peak);
        var bearing = Math.Atan2(east, north) * 180 / Math.PI;
        Assert.Equal(35.0, bearing, 6);
        Assert.Equal(3.0 * 1852 / 3600, Math.Sqrt((east * east) + (north * north)), 9);
    }

    [Fact]
    public void HalfAPeriodLater_TheStreamHasReversed()
    {
        var ebb = Peak + (TidalCurrent.M2Period / 2);
        Assert.Equal(-3.0, Stream.SignedSpeedKnots(ebb), 9);
        var (east, north) = Stream.Velocity(ebb);
        Assert.Equal(215.0, (Math.Atan2(east, north) * 180 / Math.PI) + 360, 6);
    }

    [Fact]
    public void AQuarterPeriodFromPeak_IsSlackWater() =>
        Assert.Equal(0.0, Stream.SignedSpeedKnots(Peak + (TidalCurrent.M2Period / 4)), 9);

    [Fact]
    public void ReversalsAreAbout6Hours12MinutesApart()
    {
        var half = TidalCurrent.M2Period / 2;
        Assert.InRange(half, TimeSpan.FromMinutes(372), TimeSpan.FromMinutes(373));
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(11.0)]
    public void ImplausibleRates_AreRefused(double knots) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TidalCurrent(knots, 35, Peak));
}
