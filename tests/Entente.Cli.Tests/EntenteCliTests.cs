using System.Diagnostics;

namespace Entente.Cli.Tests;

public sealed class EntenteCliTests
{
    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await EntenteCli.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task GeoWhere_MidStrait_NamesZonesAndNearestBeach()
    {
        var (exit, output, error) = await RunAsync("geo", "where", "50.95", "1.55");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("French territorial sea; north-east-bound lane of the Dover TSS; French SAR region; 5.7 nm NW of Wissant beach", lines[0]);
        Assert.Contains(lines, l => l.Contains("nearest lifeboat station: SNSM Calais", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("distance to coast:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GeoWhere_WestLongitude_IsAcceptedAsANegativeNumber()
    {
        var (exit, output, _) = await RunAsync("geo", "where", "50.3", "-0.5");
        Assert.Equal(0, exit);
        Assert.StartsWith("UK SAR region; ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc", "1.55", "latitude 'abc' is not a number")]
    [InlineData("95", "1.55", "latitude 95 is out of range")]
    [InlineData("50.9", "181", "longitude 181 is out of range")]
    [InlineData("50.9", "NaN", "longitude 'NaN' is not a number")]
    [InlineData("50,9", "1.5", "latitude '50,9' is not a number")]
    public async Task GeoWhere_BadInput_OneClearLineOnStderrAndExitCode2(string lat, string lon, string expected)
    {
        var (exit, output, error) = await RunAsync("geo", "where", lat, lon);

        Assert.Equal(EntenteCli.BadInputExitCode, exit);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("entente: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GeoWhere_MissingArgument_IsAUsageErrorWithExitCode2()
    {
        var (exit, _, error) = await RunAsync("geo", "where", "50.9");
        Assert.Equal(EntenteCli.BadInputExitCode, exit);
        Assert.Contains("LON", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsTheGeoCommand()
    {
        var (exit, output, _) = await RunAsync("--help");
        Assert.Equal(0, exit);
        Assert.Contains("geo", output, StringComparison.Ordinal);
        Assert.Contains("Dover Strait", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_PrintsTheProductVersion()
    {
        var (exit, output, _) = await RunAsync("--version");
        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", output.Trim());
    }

    [Fact]
    public async Task Process_BadInput_WritesStderrAndExitsNonZero()
    {
        // The real executable, as a user runs it: no stack trace, one line, exit code 2.
        var dll = Path.Combine(AppContext.BaseDirectory, "entente.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", ["exec", dll, "geo", "where", "garbage", "1"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, process.ExitCode);
        Assert.Equal("entente: latitude 'garbage' is not a number: give decimal degrees, e.g. 50.95.", stderr.Trim());
    }
}
