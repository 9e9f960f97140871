using Entente.Core.Positions;
using Entente.Core.Projection;
using Entente.Core.Units;
using Entente.Sar.Forcing;

namespace Entente.Sar.Tests.Forcing;

public sealed class BuiltInForcingTests
{
    private static readonly DateTimeOffset Springs = new(2026, 11, 24, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ConstantWind_FromTheWest_BlowsEast()
    {
        var east = new double[3];
        var north = new double[3];

        new ConstantWind(10, 270).Sample(Springs, new double[3], new double[3], east, north);

        Assert.All(east, e => Assert.Equal(10, e, tolerance: 1e-9));
        Assert.All(north, n => Assert.Equal(0, n, tolerance: 1e-9));
    }

    [Fact]
    public void WindSeries_InterpolatesComponentsLinearlyInTime()
    {
        // 10 m/s from the west, then 10 m/s from the south: halfway is (5, 5) by components.
        var series = new WindSeries([(Springs, 10, 270), (Springs.AddHours(2), 10, 180)]);

        var (east, north) = series.At(Springs.AddHours(1));

        Assert.Equal(5, east, tolerance: 1e-9);
        Assert.Equal(5, north, tolerance: 1e-9);
        Assert.Throws<ForcingCoverageException>(() => series.EnsureCovers(Springs.AddHours(-1), Springs.AddHours(1), default));
        series.EnsureCovers(Springs, Springs.AddHours(2), default);
    }

    [Fact]
    public void WindSeries_FromCsv_NamesTheBadLine()
    {
        var good = WindSeries.Read(new StringReader("time,speed_m_s,from_deg\n2026-11-24T06:00:00Z,8,200\n2026-11-24T07:00:00Z,9,210\n"));
        Assert.Equal(Springs.AddHours(1), good.End);

        var error = Assert.Throws<FormatException>(() => WindSeries.Read(new StringReader("2026-11-24T06:00:00Z,8,200\n2026-11-24T07:00:00Z,fast,210\n")));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        var order = Assert.Throws<FormatException>(() => WindSeries.Read(new StringReader("2026-11-24T07:00:00Z,8,200\n2026-11-24T06:00:00Z,9,210\n")));
        Assert.Contains("not after", order.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StraitTide_RunsAtTheSpringRateInTheNarrowsAtPeakFlood_AndReverses()
    {
        var tide = new StraitTide(Springs, springRateKnots: 3, neapRatio: 0.5, floodDirectionDegrees: 40);
        var narrows = ChannelProjection.Project(StraitTide.Narrows);
        var east = new double[1];
        var north = new double[1];

        tide.Sample(Springs, [narrows.EastingMetres], [narrows.NorthingMetres], east, north);
        var speed = Math.Sqrt((east[0] * east[0]) + (north[0] * north[0]));
        Assert.Equal(UnitConversions.KnotsToMetresPerSecond(3), speed, tolerance: 1e-9);
        Assert.Equal(40, UnitConversions.RadiansToDegrees(Math.Atan2(east[0], north[0])), tolerance: 1e-9);

        // Half an M2 period later the ebb runs the other way (S2 has slipped a little out of phase).
        Assert.True(tide.NarrowsRateMetresPerSecond(Springs + (StraitTide.M2Period / 2)) < -1.2);
    }

    [Fact]
    public void StraitTide_AtNeaps_RunsAtTheNeapRatio()
    {
        var tide = new StraitTide(Springs, springRateKnots: 3, neapRatio: 0.5);
        // Neaps are half a spring–neap cycle (14.77 days / 2) later; find the peak rate near then.
        var neaps = Springs.AddDays(14.765 / 2);
        var peak = Enumerable.Range(-400, 800).Select(m => Math.Abs(tide.NarrowsRateMetresPerSecond(neaps.AddMinutes(m)))).Max();

        Assert.Equal(UnitConversions.KnotsToMetresPerSecond(1.5), peak, tolerance: 0.05);
    }

    [Fact]
    public void StraitTide_WeakensAwayFromTheNarrows()
    {
        var tide = new StraitTide(Springs);
        var narrows = ChannelProjection.Project(StraitTide.Narrows);
        var offBeachyHead = ChannelProjection.Project(GeoPosition.FromDegrees(50.6, 0.3));

        Assert.Equal(1, tide.RateRatio(narrows.EastingMetres, narrows.NorthingMetres), tolerance: 1e-12);
        Assert.InRange(tide.RateRatio(offBeachyHead.EastingMetres, offBeachyHead.NorthingMetres), 0.45, 0.7);
    }

    [Fact]
    public void SumOfFields_AddsTheTwo()
    {
        var sum = new SumOfFields(new UniformCurrent(0.2, 0.1), new UniformCurrent(-0.05, 0.3));
        var east = new double[2];
        var north = new double[2];

        sum.Sample(Springs, new double[2], new double[2], east, north);

        Assert.Equal(0.15, east[1], tolerance: 1e-12);
        Assert.Equal(0.4, north[1], tolerance: 1e-12);
    }
}
