using Entente.Statistics.Official;

namespace Entente.Statistics.Tests;

public sealed class OfficialSeriesParserTests
{
    private const string DailyHeader = "date,migrants_arrived,boats_arrived,boats_uncontrolled_landings,notes";

    private const string WeeklyHeader =
        "week_ending,migrants_arrived,boats_arrived,boats_uncontrolled_landings,migrants_prevented,events_prevented,notes";

    [Fact]
    public void Parse_DailyAsPublished_ReadsRowsWithDashAsNotPublished()
    {
        var file = OfficialSeriesParser.Parse(DailyHeader + "\r\n2018-01-01,0,0,-,\r\n2021-11-24,\"1,131\",25,,\"Note, quoted\"\r\n");

        Assert.True(file.IsValid);
        Assert.Equal(OfficialSeriesKind.Daily, file.Kind);
        Assert.Equal(2, file.RowCount);
        Assert.Null(file.Daily[0].BoatsUncontrolledLandings);
        Assert.Equal(1131, file.Daily[1].MigrantsArrived);
        Assert.Null(file.Daily[1].BoatsUncontrolledLandings);
        Assert.Equal("Note, quoted", file.Daily[1].Notes);
        Assert.Equal(new DateOnly(2018, 1, 1), file.FirstDate);
        Assert.Equal(new DateOnly(2021, 11, 24), file.LastDate);
    }

    [Fact]
    public void Parse_WeeklyColumnsInAnyOrder_RecognisedByName()
    {
        var file = OfficialSeriesParser.Parse(
            "notes,events_prevented,migrants_prevented,boats_uncontrolled_landings,boats_arrived,migrants_arrived,week_ending\n" +
            ",20,472,0,15,1176,2026-08-02\n");

        Assert.True(file.IsValid);
        Assert.Equal(OfficialSeriesKind.Weekly, file.Kind);
        var week = Assert.Single(file.Weekly);
        Assert.Equal(new WeeklyArrivals(new DateOnly(2026, 8, 2), 1176, 15, 0, 472, 20), week);
    }

    [Fact]
    public void Parse_ManyFaults_ReportsEveryOneWithItsLineAndKeepsNoRows()
    {
        var text = string.Join('\n',
            DailyHeader,
            "2021-01-01,10,1,0,",
            "2021-02-30,10,1,0,",
            "2021-01-03,-5,1,0,",
            "2021-01-04,ten,1,0,",
            "2021-01-01,3,1,0,",
            "2021-01-06,3,1",
            "01/07/2021,3,1,0,");

        var file = OfficialSeriesParser.Parse(text);

        Assert.False(file.IsValid);
        Assert.Empty(file.Daily);
        Assert.Equal([3, 4, 5, 6, 7, 8], file.Errors.Select(e => e.LineNumber));
        Assert.Contains("bad date '2021-02-30'", file.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("negative number -5 in 'migrants_arrived'", file.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("'ten' in 'migrants_arrived' is not a whole number", file.Errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("duplicate date 2021-01-01 (first on line 2)", file.Errors[3].Message, StringComparison.Ordinal);
        Assert.Contains("expected 5 fields", file.Errors[4].Message, StringComparison.Ordinal);
        Assert.Equal("line 8: bad date '01/07/2021' in 'date': expected YYYY-MM-DD", file.Errors[5].ToString());
    }

    [Fact]
    public void Parse_MissingColumn_ReportedOnTheHeaderLine()
    {
        var file = OfficialSeriesParser.Parse("date,migrants_arrived,notes\n2021-01-01,3,\n");

        Assert.False(file.IsValid);
        Assert.Equal(OfficialSeriesKind.Daily, file.Kind);
        Assert.Equal(["line 1: missing column 'boats_arrived' for the daily series", "line 1: missing column 'boats_uncontrolled_landings' for the daily series"],
            file.Errors.Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("day,people,boats\n2021-01-01,1,1\n")]
    public void Parse_UnrecognisedOrEmpty_IsOneErrorOnLineOne(string text)
    {
        var file = OfficialSeriesParser.Parse(text);

        var error = Assert.Single(file.Errors);
        Assert.Equal(1, error.LineNumber);
        Assert.Null(file.Kind);
    }

    [Fact]
    public void Parse_WeeklyNegativePrevented_IsAnError()
    {
        var file = OfficialSeriesParser.Parse(WeeklyHeader + "\n2026-08-02,1176,15,0,-472,20,\n");

        Assert.Equal("line 2: negative number -472 in 'migrants_prevented'", Assert.Single(file.Errors).ToString());
    }

    [Fact]
    public void DailyArrivals_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DailyArrivals(new DateOnly(2021, 1, 1), -1, 0, null));
    }
}
