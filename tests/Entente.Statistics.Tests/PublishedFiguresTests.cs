using Entente.Statistics.Analysis;
using Entente.Statistics.Official;
using Entente.Testing;

namespace Entente.Statistics.Tests;

/// <summary>The Home Office daily series (../shared/data/stats) gives back the published yearly figures.</summary>
public sealed class PublishedFiguresTests
{
    private static OfficialSeriesFile LoadDailyOrSkip()
    {
        var path = RepositoryPaths.Shared is { } shared
            ? Path.Combine(shared, "data", "stats", "homeoffice_SB01_daily_2018_2026.csv")
            : null;
        if (path is null || !File.Exists(path))
        {
            Assert.Skip("../shared/data/stats/homeoffice_SB01_daily_2018_2026.csv is absent: the published figures cannot be checked.");
        }

        var file = OfficialSeriesParser.Parse(File.ReadAllText(path));
        Assert.True(file.IsValid, string.Join("; ", file.Errors));
        return file;
    }

    [Fact]
    public void YearlyTotals_2021_Are28526PeopleAnd1034Boats()
    {
        var years = SeriesTotals.ByYear(LoadDailyOrSkip().Daily).ToDictionary(y => y.Label);

        Assert.Equal(28_526, years["2021"].PeopleArrived);
        Assert.Equal(1_034, years["2021"].BoatsArrived);
        Assert.Equal(365, years["2021"].DaysInSeries);
    }

    [Fact]
    public void YearlyTotals_2023_Are29437People()
    {
        var years = SeriesTotals.ByYear(LoadDailyOrSkip().Daily).ToDictionary(y => y.Label);

        Assert.Equal(29_437, years["2023"].PeopleArrived);
    }

    [Fact]
    public void YearOnYear_2023Against2022_IsMinus35Point7PeopleAndMinus45Point8Boats()
    {
        var change = SeriesChanges.YearOnYear(SeriesTotals.ByYear(LoadDailyOrSkip().Daily)).Single(c => c.Current.Label == "2023");

        Assert.Equal("2022", change.Previous.Label);
        Assert.Equal(-35.7, Math.Round(change.PeopleChangePercent!.Value, 1));
        Assert.Equal(-45.8, Math.Round(change.BoatsChangePercent!.Value, 1));
    }

    [Fact]
    public void Series_AsPublished_HasOneRowPerDayWithoutGaps()
    {
        var days = LoadDailyOrSkip().Daily;

        Assert.Equal(new DateOnly(2018, 1, 1), days[0].Date);
        Assert.All(days.Zip(days.Skip(1)), pair => Assert.Equal(pair.First.Date.AddDays(1), pair.Second.Date));
    }
}
