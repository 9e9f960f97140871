namespace Entente.Cli.Tests;

public sealed class StatsCommandTests : IDisposable
{
    private const string Daily = """
        date,migrants_arrived,boats_arrived,boats_uncontrolled_landings,notes
        2022-01-01,100,4,-,
        2022-12-31,0,0,-,
        2023-01-01,64,3,0,
        2023-06-30,0,0,0,
        """;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "entente-stats-cli-" + Guid.NewGuid().ToString("N"));

    public StatsCommandTests() => Directory.CreateDirectory(_directory);

    private string DataDirectory => Path.Combine(_directory, "data");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Import_DailyFile_PrintsRowsAndDateSpan()
    {
        var file = Write("daily.csv", Daily);

        var (exit, output, error) = await RunAsync("stats", "import", file, "--data-dir", DataDirectory);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal("Imported 4 daily rows, 2022-01-01 to 2023-06-30.", output.Trim());
    }

    [Fact]
    public async Task Import_WeeklyFile_IsRecognisedByItsHeader()
    {
        var file = Write("weekly.csv",
            "week_ending,migrants_arrived,boats_arrived,boats_uncontrolled_landings,migrants_prevented,events_prevented,notes\n" +
            "2026-08-02,1176,15,0,472,20,\n2026-08-09,716,10,0,379,18,\n");

        var (exit, output, _) = await RunAsync("stats", "import", file, "--data-dir", DataDirectory);

        Assert.Equal(0, exit);
        Assert.Equal("Imported 2 weekly rows, 2026-08-02 to 2026-08-09.", output.Trim());
    }

    [Fact]
    public async Task Import_MalformedFile_ListsEveryErrorByLine_Exit2_AndLeavesTheStoreUnchanged()
    {
        await RunAsync("stats", "import", Write("daily.csv", Daily), "--data-dir", DataDirectory);
        var (_, before, _) = await RunAsync("stats", "summary", "--data-dir", DataDirectory);
        var bad = Write("bad.csv", "date,migrants_arrived,boats_arrived,boats_uncontrolled_landings\n2024-01-01,5,1,0\n2024-13-01,5,1,0\n2024-01-03,5,-2,0\n");

        var (exit, output, error) = await RunAsync("stats", "import", bad, "--data-dir", DataDirectory);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("line 3: bad date '2024-13-01'", lines[0], StringComparison.Ordinal);
        Assert.Contains("line 4: negative number -2 in 'boats_arrived'", lines[1], StringComparison.Ordinal);
        Assert.Contains("nothing imported", lines[2], StringComparison.Ordinal);
        var (_, after, _) = await RunAsync("stats", "summary", "--data-dir", DataDirectory);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Import_MissingFile_IsOneLineExit2()
    {
        var (exit, _, error) = await RunAsync("stats", "import", Path.Combine(_directory, "nope.csv"), "--data-dir", DataDirectory);

        Assert.Equal(2, exit);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Summary_PrintsYearlyTotalsPeoplePerBoatAndChange()
    {
        await RunAsync("stats", "import", Write("daily.csv", Daily), "--data-dir", DataDirectory);

        var (exit, output, _) = await RunAsync("stats", "summary", "--data-dir", DataDirectory, "--year", "2022");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("year", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^2022\*\s+2\s+100\s+4\s+25\.0\s+-\s+-\s*$", lines[1]);
        Assert.StartsWith("* part year", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_WholeYears_ShowsChangeOnThePreviousYear()
    {
        var days = Enumerable.Range(0, 730).Select(i => new DateOnly(2022, 1, 1).AddDays(i))
            .Select(d => $"{d:yyyy-MM-dd},{(d.Year == 2022 && d.DayOfYear == 1 ? 100 : d.Year == 2023 && d.DayOfYear == 1 ? 64 : 0)},{(d.DayOfYear == 1 ? (d.Year == 2022 ? 4 : 3) : 0)},-,");
        await RunAsync("stats", "import", Write("daily.csv", "date,migrants_arrived,boats_arrived,boats_uncontrolled_landings,notes\n" + string.Join('\n', days)),
            "--data-dir", DataDirectory);

        var (exit, output, _) = await RunAsync("stats", "summary", "--data-dir", DataDirectory, "--year", "2023");

        Assert.Equal(0, exit);
        Assert.Matches(@"^2023\s+365\s+64\s+3\s+21\.3\s+-36\.0%\s+-25\.0%\s*$", output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1]);
    }

    [Fact]
    public async Task Summary_NothingImportedOrUnknownYear_IsOneLineExit2()
    {
        var (empty, _, emptyError) = await RunAsync("stats", "summary", "--data-dir", DataDirectory);
        await RunAsync("stats", "import", Write("daily.csv", Daily), "--data-dir", DataDirectory);
        var (unknown, _, unknownError) = await RunAsync("stats", "summary", "--data-dir", DataDirectory, "--year", "1999");

        Assert.Equal((2, 2), (empty, unknown));
        Assert.Contains("entente stats import", emptyError, StringComparison.Ordinal);
        Assert.Equal("entente: --year 1999 is not in the stored series (2022 to 2023).", unknownError.Trim());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await EntenteCli.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
