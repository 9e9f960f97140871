using Entente.Statistics.Analysis;
using Entente.Statistics.Official;

namespace Entente.Statistics.Tests;

/// <summary>The analysis functions on small hand-made series with known answers.</summary>
public sealed class AnalysisTests
{
    private static DailyArrivals Day(int year, int month, int day, int? people, int? boats = 1) =>
        new(new DateOnly(year, month, day), people, boats, null);

    private static List<DailyArrivals> Run(DateOnly first, params int?[] people) =>
        people.Select((p, i) => new DailyArrivals(first.AddDays(i), p, p is null ? null : 1, null)).ToList();

    [Fact]
    public void ByIsoWeek_AcrossNewYear2021_HasWeek53Of2020SpanningBothYears()
    {
        // 2020-12-27 is the Sunday ending week 52; 2020-W53 runs Monday 28 December to Sunday 3 January.
        var days = Run(new DateOnly(2020, 12, 27), 1, 2, 3, 4, 5, 6, 7, 8, 9);

        var weeks = SeriesTotals.ByIsoWeek(days);

        Assert.Equal(["2020-W52", "2020-W53", "2021-W01"], weeks.Select(w => w.Label));
        var w53 = weeks[1];
        Assert.Equal((new DateOnly(2020, 12, 28), new DateOnly(2021, 1, 3)), (w53.Start, w53.End));
        Assert.Equal(2 + 3 + 4 + 5 + 6 + 7 + 8, w53.PeopleArrived);
        Assert.Equal(7, w53.DaysInSeries);
        Assert.Equal([1 + 2 + 3 + 4 + 5, 6 + 7 + 8 + 9], SeriesTotals.ByYear(days).Select(y => y.PeopleArrived));
    }

    [Fact]
    public void ByMonth_LeapYear_FebruaryEndsOnThe29th()
    {
        var days = new[] { Day(2024, 2, 28, 10), Day(2024, 2, 29, 20), Day(2024, 3, 1, 40) };

        var months = SeriesTotals.ByMonth(days);

        Assert.Equal(["2024-02", "2024-03"], months.Select(m => m.Label));
        Assert.Equal((new DateOnly(2024, 2, 29), 30, 2), (months[0].End, months[0].PeopleArrived, months[0].DaysInSeries));
        Assert.Equal(new DateOnly(2024, 3, 31), months[1].End);
    }

    [Fact]
    public void Totals_UnpublishedCounts_AddNothing_AndPeoplePerBoatNeedsABoat()
    {
        var days = new[] { Day(2019, 5, 1, 30, 2), Day(2019, 5, 2, null, null), Day(2019, 5, 3, 15, 1), Day(2019, 6, 1, 0, 0) };

        var months = SeriesTotals.ByMonth(days);

        Assert.Equal((45, 3, 3), (months[0].PeopleArrived, months[0].BoatsArrived, months[0].DaysInSeries));
        Assert.Equal(15.0, months[0].PeoplePerBoat);
        Assert.Null(months[1].PeoplePerBoat);
    }

    [Fact]
    public void YearOnYear_PairsEachYearWithTheOneBefore()
    {
        var days = new[] { Day(2021, 6, 1, 50, 5), Day(2022, 6, 1, 100, 4), Day(2023, 6, 1, 64, 3), Day(2025, 6, 1, 10, 1) };

        var changes = SeriesChanges.YearOnYear(SeriesTotals.ByYear(days));

        Assert.Equal(["2021→2022", "2022→2023"], changes.Select(c => c.Previous.Label + "→" + c.Current.Label));
        Assert.Equal(100.0, changes[0].PeopleChangePercent);
        Assert.Equal(-36.0, changes[1].PeopleChangePercent!.Value, 9);
        Assert.Equal(-25.0, changes[1].BoatsChangePercent!.Value, 9);
        Assert.Equal((64.0 / 3 / 25 - 1) * 100, changes[1].PeoplePerBoatChangePercent!.Value, 9);
    }

    [Fact]
    public void YearOnYear_Months_ComparesTheSameMonthAYearBefore()
    {
        var days = new[] { Day(2022, 8, 1, 10), Day(2022, 9, 1, 20), Day(2023, 8, 1, 15) };

        var change = Assert.Single(SeriesChanges.YearOnYear(SeriesTotals.ByMonth(days)));

        Assert.Equal(("2022-08", "2023-08", 50.0), (change.Previous.Label, change.Current.Label, change.PeopleChangePercent));
    }

    [Fact]
    public void PeriodOnPeriod_ComparesAdjacentPeriodsOnly_AndZeroBeforeGivesNull()
    {
        var days = new[] { Day(2022, 1, 31, 0, 0), Day(2022, 2, 1, 10), Day(2022, 3, 1, 5), Day(2022, 5, 1, 7) };

        var changes = SeriesChanges.PeriodOnPeriod(SeriesTotals.ByMonth(days));

        Assert.Equal(["2022-02", "2022-03"], changes.Select(c => c.Current.Label));
        Assert.Null(changes[0].PeopleChangePercent);
        Assert.Equal(-50.0, changes[1].PeopleChangePercent);
    }

    [Fact]
    public void RollingAverage_SevenDays_NullUntilTheWindowIsFull()
    {
        var days = Run(new DateOnly(2022, 7, 1), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

        var points = RollingAverage.Compute(days, RollingAverage.WeekDays);

        Assert.Equal(10, points.Count);
        Assert.All(points.Take(6), p => Assert.Null(p.PeoplePerDay));
        Assert.Equal([4.0, 5.0, 6.0, 7.0], points.Skip(6).Select(p => p.PeoplePerDay!.Value));
        Assert.Equal(1.0, points[^1].BoatsPerDay);
        Assert.Equal(new DateOnly(2022, 7, 10), points[^1].Date);
    }

    [Fact]
    public void RollingAverage_GapOrUnpublishedDay_NullsEveryWindowHoldingIt()
    {
        var days = Run(new DateOnly(2022, 7, 1), 7, 7, 7, null, 7, 7, 7, 7, 7, 7);
        days.RemoveAt(1);

        var points = RollingAverage.Compute(days, 3);

        // Day 2 is missing and day 4 unpublished: only windows from day 7 on are whole.
        Assert.Equal([null, null, null, null, null, 7.0, 7.0, 7.0, 7.0], points.Select(p => p.PeoplePerDay));
    }

    [Fact]
    public void RollingAverage_TwentyEightDaysAcrossLeapDay_CountsTheLeapDay()
    {
        var days = Run(new DateOnly(2024, 2, 2), Enumerable.Repeat<int?>(2, 28).ToArray());
        days[^1] = Day(2024, 2, 29, 30);

        var points = RollingAverage.Compute(days, RollingAverage.FourWeeksDays);

        Assert.Equal(new DateOnly(2024, 2, 29), points[^1].Date);
        Assert.Equal((27 * 2 + 30) / 28.0, points[^1].PeoplePerDay);
        Assert.Null(points[^2].PeoplePerDay);
    }

    [Fact]
    public void Records_BusiestDaysAndMonths_TiesGoToTheEarlier()
    {
        var days = new[] { Day(2022, 8, 22, 1295), Day(2022, 9, 1, 300), Day(2022, 9, 2, 1295), Day(2022, 10, 1, 700), Day(2022, 10, 2, 895) };

        var busiestDays = SeriesRecords.BusiestDays(days, 2);
        var busiestMonths = SeriesRecords.BusiestMonths(days, 3);

        Assert.Equal([new DateOnly(2022, 8, 22), new DateOnly(2022, 9, 2)], busiestDays.Select(d => d.Date));
        Assert.Equal(["2022-09", "2022-10", "2022-08"], busiestMonths.Select(m => m.Label));
    }

    [Fact]
    public void Seasonality_WholeYearsOnly_SharesAddUpTo100()
    {
        // 2023 whole: 1 person a day, 10 in every August day; 2024 only partly in the series and left out.
        var days = Enumerable.Range(0, 365)
            .Select(i => new DateOnly(2023, 1, 1).AddDays(i))
            .Select(d => new DailyArrivals(d, d.Month == 8 ? 10 : 1, 1, null))
            .Append(Day(2024, 1, 1, 1000))
            .ToList();

        var shares = Seasonality.ShareByMonth(days);

        Assert.Equal(12, shares.Count);
        var total = 334 + 310;
        Assert.Equal(310, shares[7].PeopleArrived);
        Assert.Equal(310 * 100.0 / total, shares[7].SharePercent, 9);
        Assert.Equal(31, shares[0].PeopleArrived);
        Assert.Equal(100.0, shares.Sum(s => s.SharePercent), 9);
    }

    [Fact]
    public void Seasonality_LeapYear_NeedsAll366Days()
    {
        var leap = Enumerable.Range(0, 366).Select(i => new DailyArrivals(new DateOnly(2024, 1, 1).AddDays(i), 1, 1, null)).ToList();

        Assert.Equal(29, Seasonality.ShareByMonth(leap)[1].PeopleArrived);
        Assert.All(Seasonality.ShareByMonth(leap.Skip(1)), s => Assert.Equal(0, s.PeopleArrived));
    }

    [Fact]
    public void Prevention_ByYear_WeeksGoToTheYearOfTheirLastDay()
    {
        var weeks = new[]
        {
            new WeeklyArrivals(new DateOnly(2022, 12, 25), 100, 2, 0, 300, 10),
            new WeeklyArrivals(new DateOnly(2023, 1, 1), 50, 1, 0, null, null),
            new WeeklyArrivals(new DateOnly(2023, 1, 8), 150, 3, 0, 50, 4),
        };

        var years = PreventionComparison.ByYear(weeks);

        Assert.Equal(new PreventionYear(2022, 100, 300, 10, 1), years[0]);
        Assert.Equal(new PreventionYear(2023, 200, 50, 4, 1), years[1]);
        Assert.Equal(75.0, years[0].PreventedSharePercent);
        Assert.Equal(20.0, years[1].PreventedSharePercent);
        Assert.Null(new PreventionYear(2018, 10, 0, 0, 0).PreventedSharePercent);
    }
}
