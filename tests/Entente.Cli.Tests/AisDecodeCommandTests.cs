using System.Diagnostics;
using System.Globalization;
using System.Text;
using Entente.Ais.Framing;
using Entente.Testing;

namespace Entente.Cli.Tests;

public sealed class AisDecodeCommandTests : IDisposable
{
    // Two real type 1 reports and what gpsdecode 3.22 writes for them (-j, then -u -j).
    private const string Moored = "!AIVDM,1,1,,B,177KQJ5000G?tO`K>RA1wUbN0TKH,0*5C";
    private const string UnderWay = "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A";

    private const string MooredJson =
        """{"class":"AIS","device":"stdin","type":1,"repeat":0,"mmsi":477553000,"scaled":true,"status":5,"status_text":"Moored","turn":0,"speed":0.0,"accuracy":false,"lon":-122.345833,"lat":47.582833,"course":51.0,"heading":181,"second":15,"maneuver":0,"raim":false,"radio":149208}""";

    private const string UnderWayJson =
        """{"class":"AIS","device":"stdin","type":1,"repeat":0,"mmsi":371798000,"scaled":true,"status":0,"status_text":"Under way using engine","turn":"fastleft","speed":12.3,"accuracy":true,"lon":-123.395383,"lat":48.381633,"course":224.0,"heading":215,"second":33,"maneuver":0,"raim":false,"radio":34017}""";

    private const string MooredUnscaledJson =
        """{"class":"AIS","device":"stdin","type":1,"repeat":0,"mmsi":477553000,"scaled":false,"status":5,"status_text":"Moored","turn":0,"speed":0,"accuracy":false,"lon":-73407500,"lat":28549700,"course":510,"heading":181,"second":15,"maneuver":0,"raim":false,"radio":149208}""";

    private readonly string _directory = Directory.CreateTempSubdirectory("entente-cli-ais-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteFile(string text)
    {
        var path = Path.Combine(_directory, "input.nmea");
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<(int Exit, string Out, string Err)> RunAsync(string[] args, string? standardInput = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var input = new MemoryStream(Encoding.ASCII.GetBytes(standardInput ?? string.Empty));
        var exit = await EntenteCli.RunAsync(args, output, error, new CliStreams(() => input, null));
        return (exit, output.ToString(), error.ToString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task Decode_File_WritesGpsdJsonPerMessage()
    {
        var path = WriteFile(Moored + "\n" + UnderWay + "\n");

        var (exit, output, error) = await RunAsync(["ais", "decode", path]);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal(MooredJson + "\n" + UnderWayJson + "\n", output);
    }

    [Fact]
    public async Task Decode_Unscaled_WritesRawIntegersAsGpsdecodeU()
    {
        var (exit, output, _) = await RunAsync(["ais", "decode", "-u", WriteFile(Moored)]);
        Assert.Equal(0, exit);
        Assert.Equal(MooredUnscaledJson + "\n", output);
    }

    [Fact]
    public async Task Decode_NoDevice_LeavesOutTheDeviceMember()
    {
        var (_, output, _) = await RunAsync(["ais", "decode", "--no-device", WriteFile(Moored)]);
        Assert.Equal(MooredJson.Replace("\"device\":\"stdin\",", string.Empty, StringComparison.Ordinal) + "\n", output);
    }

    [Theory]
    [InlineData("-")]
    [InlineData(null)]
    public async Task Decode_StandardInput_IsReadForADashOrNoFile(string? file)
    {
        string[] args = file is null ? ["ais", "decode"] : ["ais", "decode", file];
        var (exit, output, _) = await RunAsync(args, "\\s:rx,c:1241544035*" + Checksum("s:rx,c:1241544035") + "\\" + UnderWay + "\r\n" + Moored);
        Assert.Equal(0, exit);
        Assert.Equal([UnderWayJson, MooredJson], Lines(output));
    }

    [Fact]
    public async Task Decode_SeveralSentencesOnOneLine_WritesEachMessage()
    {
        var tag = "\\" + "c:1698785948" + "*" + Checksum("c:1698785948") + "\\";
        var (_, output, _) = await RunAsync(["ais", "decode"], tag + Moored + tag + UnderWay + "\n");
        Assert.Equal([MooredJson, UnderWayJson], Lines(output));
    }

    [Fact]
    public async Task Decode_Errors_PrintsEachRejectedLineWithItsReasonAndKind()
    {
        var badChecksum = "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4B";
        var text = string.Join("\n", Moored, badChecksum, "$GPGGA,1*00", new string('Z', 6000), "!AIVDM,1,1,,A,15RT", UnderWay);

        var (exit, output, error) = await RunAsync(["ais", "decode", "--errors", WriteFile(text)]);

        Assert.Equal(0, exit);
        Assert.Equal([MooredJson, UnderWayJson], Lines(output));
        Assert.Equal(
            [
                "line 2: checksum does not match (bad-checksum): " + badChecksum,
                "line 4: line is too long to be an AIS sentence (line-too-long): " + new string('Z', 160) + "...",
                "line 5: sentence does not have the seven AIVDM/AIVDO fields (malformed-sentence): !AIVDM,1,1,,A,15RT",
            ],
            Lines(error));
    }

    [Fact]
    public async Task Decode_ErrorsForAGroupThatNeverCompletes_SayItAtTheEnd()
    {
        var first = "!AIVDM,2,1,3,A,56=nR7D00003A<I@E=@TmDh637OS60mA:222220N1@6427?P00888888,0";
        var (_, _, error) = await RunAsync(["ais", "decode", "--errors", WriteFile("!" + first[1..] + "*" + Checksum(first[1..]) + "\n")]);
        Assert.Equal(["end of input: incomplete multi-sentence group expired (incomplete-group-expired)"], Lines(error));
    }

    [Fact]
    public async Task Decode_WithoutErrorsOption_PrintsNoErrors()
    {
        var (_, output, error) = await RunAsync(["ais", "decode", WriteFile("garbage !AIVDM\n" + Moored)]);
        Assert.Empty(error);
        Assert.Equal([MooredJson], Lines(output));
    }

    [Fact]
    public async Task Decode_Stats_PrintsTotalsMessagesByTypeAndErrorsByKind()
    {
        var text = string.Join("\n", Moored, "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4B", "$GPGGA,1*00", UnderWay, UnderWay.Replace(",A,", ",B,", StringComparison.Ordinal));

        var (exit, _, error) = await RunAsync(["ais", "decode", "--stats", WriteFile(text)]);

        Assert.Equal(0, exit);
        var lines = Lines(error);
        Assert.Contains("lines: 5", lines);
        // Sentences whose checksum fails are errors, not sentences.
        Assert.Contains("sentences: 2", lines);
        Assert.Contains("not AIS (skipped): 1", lines);
        Assert.Contains("messages: 2", lines);
        Assert.Contains("  type 1: 2", lines);
        Assert.Contains("objects written: 2", lines);
        Assert.Contains("errors: 2", lines);
        Assert.Contains("  bad-checksum: 2 (checksum does not match)", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("  type 2:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Decode_MissingFile_IsBadInputWithExitCode2()
    {
        var path = Path.Combine(_directory, "absent.nmea");
        var (exit, output, error) = await RunAsync(["ais", "decode", path]);

        Assert.Equal(EntenteCli.BadInputExitCode, exit);
        Assert.Empty(output);
        Assert.Equal($"entente: cannot read '{path}': no such file.", error.Trim());
    }

    [Fact]
    public async Task Decode_UnknownDialect_IsAUsageError()
    {
        var (exit, _, error) = await RunAsync(["ais", "decode", "--dialect", "gpsd1999", WriteFile(Moored)]);
        Assert.Equal(EntenteCli.BadInputExitCode, exit);
        Assert.Contains("gpsd1999", error, StringComparison.Ordinal);
        Assert.Equal(0, (await RunAsync(["ais", "decode", "--dialect", "gpsd2026", WriteFile(Moored)])).Exit);
    }

    [Theory]
    [InlineData("sample.aivdm.js.chk.gpsd2020")]
    [InlineData("sample.aivdm.ju.chk.gpsd2020", "-u")]
    [InlineData("sample.aivdm.js.chk", "--dialect", "gpsd2026")]
    public async Task Decode_GpsdCorpus_WritesWhatGpsdWrote(string expectedFile, params string[] options)
    {
        var shared = RepositoryPaths.Shared;
        if (shared is null)
        {
            Assert.Skip("../shared is absent: gpsd's sample.aivdm and its expected decodes are not available.");
        }

        var gpsd = Path.Combine(shared, "data", "ais", "gpsd");
        var (exit, output, _) = await RunAsync(["ais", "decode", .. options, Path.Combine(gpsd, "sample.aivdm")]);

        Assert.Equal(0, exit);
        var expected = File.ReadAllLines(Path.Combine(gpsd, expectedFile));
        Assert.Equal(97, expected.Length);
        Assert.Equal(expected, Lines(output));
    }

    [Fact]
    public async Task Decode_Split24_WritesType24PartsAsTheyCome()
    {
        var shared = RepositoryPaths.Shared;
        if (shared is null)
        {
            Assert.Skip("../shared is absent: gpsd's sample.aivdm is not available.");
        }

        var corpus = Path.Combine(shared, "data", "ais", "gpsd", "sample.aivdm");
        var merged = Lines((await RunAsync(["ais", "decode", corpus])).Out);
        var split = Lines((await RunAsync(["ais", "decode", "-s", corpus])).Out);

        // gpsdecode -s -j writes 102 objects for the corpus: 24A and 24B separately, none merged.
        Assert.Equal(102, split.Length);
        Assert.Contains(split, l => l.Contains("\"part\":\"B\"", StringComparison.Ordinal));
        Assert.DoesNotContain(merged, l => l.Contains("\"part\":\"B\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Process_DecodeStandardInput_WritesJsonToStandardOutput()
    {
        // The real executable: output goes through the raw standard output stream, not Console.Out.
        var dll = Path.Combine(AppContext.BaseDirectory, "entente.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", ["exec", dll, "ais", "decode", "--stats"])
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        await process.StandardInput.WriteAsync(Moored + "\n" + UnderWay + "\n");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(MooredJson + "\n" + UnderWayJson + "\n", await stdout);
        Assert.Contains("messages: 2", stderr, StringComparison.Ordinal);
    }

    private static string Checksum(string body) =>
        NmeaChecksum.Compute(Encoding.ASCII.GetBytes(body)).ToString("X2", CultureInfo.InvariantCulture);
}
