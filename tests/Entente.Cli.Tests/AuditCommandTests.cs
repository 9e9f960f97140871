using Entente.Storage;
using Entente.Storage.Audit;
using Entente.Testing;
using Microsoft.Data.Sqlite;

namespace Entente.Cli.Tests;

public sealed class AuditCommandTests : IDisposable
{
    private static readonly DateTimeOffset Night = new(2021, 11, 24, 1, 30, 0, TimeSpan.Zero);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "entente-audit-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task Verify_IntactLog_Exit0_PrintsTheHead()
    {
        var entries = await WriteLogAsync(6);

        var (exit, output, error) = await RunAsync("audit", "verify", "--data-dir", _directory);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal($"audit log intact: 6 entries; head 6:{entries[^1].Hash}", output.Trim());
    }

    [Theory]
    [InlineData("UPDATE audit_log SET target = 'INC-00099' WHERE sequence = 4", "entry 4: entry 4 was modified")]
    [InlineData("DELETE FROM audit_log WHERE sequence = 2", "entry 2: entry 2 is missing")]
    [InlineData("UPDATE audit_log SET sequence = 100 WHERE sequence = 3; UPDATE audit_log SET sequence = 3 WHERE sequence = 4; " +
                "UPDATE audit_log SET sequence = 4 WHERE sequence = 100", "entry 3: entry 3 holds what was written as entry 4")]
    public async Task Verify_TamperedLog_Exit1_NamesTheFirstBadEntry(string tamper, string named)
    {
        await WriteLogAsync(6);
        Tamper(tamper);

        var (exit, output, error) = await RunAsync("audit", "verify", "--data-dir", _directory);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.StartsWith("entente: audit log broken at " + named, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_TailCutAndHeadRewritten_IsCaughtByTheExpectedEntry()
    {
        var entries = await WriteLogAsync(6);
        Tamper($"DELETE FROM audit_log WHERE sequence > 4; UPDATE audit_head SET sequence = 4, hash = '{entries[3].Hash}'");

        var (plain, _, _) = await RunAsync("audit", "verify", "--data-dir", _directory);
        var (exit, _, error) = await RunAsync("audit", "verify", "--data-dir", _directory, "--expect", $"6:{entries[5].Hash}");

        Assert.Equal(0, plain);
        Assert.Equal(1, exit);
        Assert.StartsWith("entente: audit log broken at entry 6: it is missing", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--expect", "6")]
    [InlineData("--expect", "0:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("--expect", "x:abc")]
    public async Task Verify_BadExpectation_Exit2(string option, string value)
    {
        await WriteLogAsync(1);

        var (exit, _, error) = await RunAsync("audit", "verify", "--data-dir", _directory, option, value);

        Assert.Equal(2, exit);
        Assert.Contains("--expect", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_UnmigratedDatabase_Exit2_AndLeavesItUnmigrated()
    {
        var (exit, _, error) = await RunAsync("audit", "verify", "--data-dir", _directory);

        Assert.Equal(2, exit);
        Assert.Contains("cannot be checked", error, StringComparison.Ordinal);
        await using var db = DatabaseFactory.Create(new StorageOptions { DataDirectory = _directory }, new ManualTimeProvider(Night));
        Assert.Equal(0, (await db.CheckHealthAsync(TestContext.Current.CancellationToken)).SchemaVersion);
    }

    private async Task<IReadOnlyList<AuditEntry>> WriteLogAsync(int count)
    {
        await using var db = DatabaseFactory.Create(new StorageOptions { DataDirectory = _directory }, new ManualTimeProvider(Night));
        await db.MigrateAsync(TestContext.Current.CancellationToken);
        var entries = new List<AuditEntry>();
        for (var i = 1; i <= count; i++)
        {
            entries.AddRange(await db.Audit.AppendAsync(
                [new NewAuditEntry(Night.AddMinutes(i), "fr.watch", "fr-cross-gris-nez", "incident.task", $"INC-{i:D5}", "")],
                TestContext.Current.CancellationToken));
        }

        return entries;
    }

    private void Tamper(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_directory, DatabaseFactory.DefaultSqliteFileName)}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_log_no_replace; " + sql;
        command.ExecuteNonQuery();
    }

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await EntenteCli.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
