using System.Data.Common;
using System.Globalization;
using Entente.Storage.Audit;

namespace Entente.Storage.Tests;

/// <summary>The audit log on every engine: the chain as written, the database's refusals, and tampering found by
/// verification whichever way it was done (as someone able to switch the refusals off would do it).</summary>
public abstract partial class DatabaseConformanceTests
{
    /// <summary>SQL that switches off the audit log's append-only triggers, as the database's owner could.</summary>
    protected abstract string DisableAuditTriggersSql { get; }

    [Fact]
    public async Task Audit_Append_ChainsEntriesFromGenesisAndVerifies()
    {
        await using var db = await MigratedAsync();
        var ct = TestContext.Current.CancellationToken;
        var empty = await db.Audit.VerifyAsync(ct);
        Assert.True(empty.Intact);
        Assert.Equal((0L, AuditChain.Genesis), (empty.HeadSequence, empty.HeadHash));

        var first = await db.Audit.AppendAsync([Entry(1), Entry(2)], ct);
        var second = await db.Audit.AppendAsync([Entry(3)], ct);
        var stored = await db.Audit.ReadAsync(0, 10, ct);

        Assert.Equal([.. first, .. second], stored);
        Assert.Equal([1L, 2L, 3L], stored.Select(e => e.Sequence));
        Assert.Equal(AuditChain.Genesis, stored[0].PreviousHash);
        Assert.Equal(stored[0].Hash, stored[1].PreviousHash);
        Assert.Equal(stored[1].Hash, stored[2].PreviousHash);
        Assert.All(stored, e => Assert.Equal(AuditChain.Hash(e), e.Hash));
        Assert.Equal("note 2", stored[1].Detail);
        Assert.Equal(Night.AddTicks(1234560), stored[1].Time); // kept to the microsecond
        var verified = await db.Audit.VerifyAsync(ct);
        Assert.True(verified.Intact, verified.Problem);
        Assert.Equal((3L, 3L, stored[2].Hash), (verified.Entries, verified.HeadSequence, verified.HeadHash));
    }

    [Fact]
    public async Task Audit_ConcurrentAppenders_GiveOneDenseChain()
    {
        await using var db = await MigratedAsync();
        var ct = TestContext.Current.CancellationToken;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await db.Audit.AppendAsync([Entry((w * 100) + i), Entry((w * 100) + i + 50)], ct);
            }
        }, ct)));

        var verified = await db.Audit.VerifyAsync(ct);
        Assert.True(verified.Intact, verified.Problem);
        Assert.Equal(160, verified.Entries);
        Assert.Equal(Enumerable.Range(1, 160).Select(i => (long)i), (await db.Audit.ReadAsync(0, 1000, ct)).Select(e => e.Sequence));
    }

    [Fact]
    public async Task Audit_RawUpdateAndDelete_AreRefusedByTheDatabase()
    {
        await using var db = await MigratedAsync();
        var ct = TestContext.Current.CancellationToken;
        await db.Audit.AppendAsync([Entry(1), Entry(2)], ct);
        var before = await db.Audit.ReadAsync(0, 10, ct);
        await using (var connection = await RawConnectionAsync(db))
        {
            var update = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(connection, "UPDATE audit_log SET detail = 'rewritten'"));
            var delete = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(connection, "DELETE FROM audit_log WHERE sequence = 2"));
            Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
            Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, await db.Audit.ReadAsync(0, 10, ct));
    }

    [Theory]
    [InlineData("UPDATE audit_log SET detail = 'nothing to see' WHERE sequence = 5", 5L, "entry 5 was modified")]
    [InlineData("UPDATE audit_log SET actor = 'someone else' WHERE sequence = 1", 1L, "entry 1 was modified")]
    [InlineData("UPDATE audit_log SET time = time WHERE sequence = 5; UPDATE audit_log SET hash = 'ff' WHERE sequence = 7", 7L, "entry 7 was modified")]
    [InlineData("DELETE FROM audit_log WHERE sequence = 5", 5L, "entry 5 is missing")]
    [InlineData("DELETE FROM audit_log WHERE sequence IN (4, 5, 6)", 4L, "entries 4 to 6 are missing")]
    [InlineData("DELETE FROM audit_log WHERE sequence = 10", 10L, "entry 10 is missing (deleted from the end)")]
    [InlineData("UPDATE audit_log SET sequence = sequence + 1000 WHERE sequence IN (5, 6); " +
                "UPDATE audit_log SET sequence = 5 WHERE sequence = 1006; UPDATE audit_log SET sequence = 6 WHERE sequence = 1005", 5L,
                "entry 5 holds what was written as entry 6 (entries reordered)")]
    [InlineData("DELETE FROM audit_log WHERE sequence = 3; UPDATE audit_log SET sequence = sequence - 1 WHERE sequence > 3", 3L,
                "entry 3 holds what was written as entry 4 (entries reordered)")]
    public async Task Audit_Tampering_IsFoundAndTheFirstBadEntryNamed(string tamper, long firstBad, string problem)
    {
        await using var db = await TenEntriesAsync();
        await TamperAsync(db, tamper);

        var verified = await db.Audit.VerifyAsync(TestContext.Current.CancellationToken);

        Assert.False(verified.Intact);
        Assert.Equal(firstBad, verified.FirstBadSequence);
        Assert.StartsWith(problem, verified.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_EntryRewrittenWithAFreshHash_IsFoundAtTheNextLink()
    {
        // Someone who knows the scheme recomputes the hash of the entry they changed: the next entry still holds the old one.
        await using var db = await TenEntriesAsync();
        var ct = TestContext.Current.CancellationToken;
        var five = (await db.Audit.ReadAsync(4, 1, ct))[0];
        var forged = five with { Detail = "nothing to see" };
        await TamperAsync(db, string.Create(CultureInfo.InvariantCulture,
            $"UPDATE audit_log SET detail = '{forged.Detail}', hash = '{AuditChain.Hash(forged)}' WHERE sequence = 5"));

        var verified = await db.Audit.VerifyAsync(ct);

        Assert.Equal(6, verified.FirstBadSequence);
        Assert.StartsWith("entry 6 does not follow entry 5", verified.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_RowAddedBehindTheLogsBack_IsFound()
    {
        await using var db = await TenEntriesAsync();
        var ct = TestContext.Current.CancellationToken;
        var ten = (await db.Audit.ReadAsync(9, 1, ct))[0];
        var extra = new NewAuditEntry(ten.Time, "intruder", "uk-hmcg", "write", "", "");
        var hash = AuditChain.Hash(11, extra, ten.Hash);
        await TamperAsync(db, string.Create(CultureInfo.InvariantCulture,
            $"INSERT INTO audit_log (sequence, time, actor, agency, action, target, detail, previous_hash, hash) SELECT 11, time, 'intruder', 'uk-hmcg', 'write', '', '', '{ten.Hash}', '{hash}' FROM audit_log WHERE sequence = 10"));

        var verified = await db.Audit.VerifyAsync(ct);

        Assert.Equal(11, verified.FirstBadSequence);
        Assert.StartsWith("entry 11 was not written through the log", verified.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_AppendAfterTailDeleted_KeepsTheGapVisible()
    {
        await using var db = await TenEntriesAsync();
        var ct = TestContext.Current.CancellationToken;
        await TamperAsync(db, "DELETE FROM audit_log WHERE sequence > 8");

        var appended = await db.Audit.AppendAsync([Entry(11)], ct);
        var verified = await db.Audit.VerifyAsync(ct);

        Assert.Equal(11, appended[0].Sequence);
        Assert.Equal(9, verified.FirstBadSequence);
    }

    [Fact]
    public async Task Audit_InvalidEntries_AreRefusedBeforeTheDatabase()
    {
        await using var db = await MigratedAsync();
        var ct = TestContext.Current.CancellationToken;
        await Assert.ThrowsAsync<ArgumentException>(() => db.Audit.AppendAsync([], ct));
        Assert.Throws<ArgumentException>(() => new NewAuditEntry(Night, " ", "uk-hmcg", "write", "", ""));
        Assert.Throws<ArgumentException>(() => new NewAuditEntry(Night, "a", "uk-hmcg", "write", "bad\0", ""));
        Assert.Throws<ArgumentException>(() => new NewAuditEntry(Night.ToOffset(TimeSpan.FromHours(1)), "a", "uk-hmcg", "write", "", ""));
        Assert.True((await db.Audit.VerifyAsync(ct)).Intact);
        Assert.Empty(await db.Audit.ReadAsync(0, 10, ct));
    }

    private async Task<IDatabase> TenEntriesAsync()
    {
        var db = await MigratedAsync();
        for (var i = 1; i <= 10; i++)
        {
            await db.Audit.AppendAsync([Entry(i)], TestContext.Current.CancellationToken);
        }

        Assert.True((await db.Audit.VerifyAsync(TestContext.Current.CancellationToken)).Intact);
        return db;
    }

    private async Task TamperAsync(IDatabase db, string sql)
    {
        await using var connection = await RawConnectionAsync(db);
        await ExecuteAsync(connection, DisableAuditTriggersSql);
        foreach (var statement in sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            await ExecuteAsync(connection, statement);
        }
    }

    private static NewAuditEntry Entry(int i) =>
        new(Night.AddTicks(1234560 + i), "op.smith", "uk-hmcg", i % 2 == 0 ? "read" : "write", $"INC-{i:D5}", $"note {i}");
}
