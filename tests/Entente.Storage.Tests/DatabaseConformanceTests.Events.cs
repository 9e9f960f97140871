using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Entente.Storage.Events;

namespace Entente.Storage.Tests;

/// <summary>The event store's part of the conformance suite.</summary>
public abstract partial class DatabaseConformanceTests
{
    private const string Stream = "incident-1";

    [Fact]
    public async Task Events_AppendThenRead_RoundTripsEveryFieldExactly()
    {
        await using var db = await MigratedAsync();
        // Irregular spacing and key order: the payload must come back as the same text, not re-serialised.
        var appended = new NewEvent("IncidentOpened", Night.AddTicks(1_234_560), "op.dupont@gris-nez", "CROSS Gris-Nez",
            "Équipage évacué — 救援 🚁 «urgent» 'quoted' \"double\"", """{ "b" : 1,"a":[true, null, 2.50],  "é": "🚁" }""");

        var result = await db.Events.AppendAsync(Stream, 0, [appended], TestContext.Current.CancellationToken);
        var stream = await db.Events.ReadStreamAsync(Stream, TestContext.Current.CancellationToken);
        var all = await db.Events.ReadAllAsync(0, 10, TestContext.Current.CancellationToken);

        var expected = new StoredEvent(result.Positions[0], Stream, 1, appended.Type, appended.Time, appended.Actor,
            appended.Centre, appended.Reason, appended.PayloadJson);
        Assert.Equal(expected, Assert.Single(stream));
        Assert.Equal(expected, Assert.Single(all));
        Assert.Equal(1, result.Version);
        Assert.Equal(TimeSpan.Zero, stream[0].Time.Offset);
    }

    [Fact]
    public async Task Events_Time_KeepsMicrosecondsAndReturnsEqual()
    {
        await using var db = await MigratedAsync();
        var times = new[] { Night.AddMilliseconds(1), Night.AddTicks(1_234_567), new DateTimeOffset(1969, 12, 31, 23, 59, 59, TimeSpan.Zero).AddTicks(-5) };
        var appended = times.Select((t, i) => Event(time: t, payload: $$"""{"i":{{i}}}""")).ToList();

        await db.Events.AppendAsync(Stream, 0, appended, TestContext.Current.CancellationToken);
        var stored = await db.Events.ReadStreamAsync(Stream, TestContext.Current.CancellationToken);

        Assert.Equal(appended.Select(e => e.Time), stored.Select(e => e.Time));
        Assert.Equal(Night.AddTicks(1_234_560), appended[1].Time);
        Assert.Equal(Night.AddMilliseconds(1), stored[0].Time);
    }

    [Fact]
    public async Task Events_LargePayload_RoundTripsExactly()
    {
        await using var db = await MigratedAsync();
        var payload = LargePayload(200_000);

        await db.Events.AppendAsync(Stream, 0, [Event(payload: payload)], TestContext.Current.CancellationToken);
        var stored = Assert.Single(await db.Events.ReadStreamAsync(Stream, TestContext.Current.CancellationToken));

        Assert.True(payload.Length >= 200_000);
        Assert.Equal(payload, stored.PayloadJson);
    }

    [Fact]
    public async Task Events_AppendToSeveralStreams_GivesDenseVersionsAndIncreasingPositions()
    {
        await using var db = await MigratedAsync();
        var ct = TestContext.Current.CancellationToken;

        var a1 = await db.Events.AppendAsync("incident-a", 0, [Event(), Event(), Event()], ct);
        var b1 = await db.Events.AppendAsync("incident-b", 0, [Event(), Event()], ct);
        var a2 = await db.Events.AppendAsync("incident-a", 3, [Event(), Event()], ct);

        Assert.Equal(3, a1.Version);
        Assert.Equal(2, b1.Version);
        Assert.Equal(5, a2.Version);
        var positions = a1.Positions.Concat(b1.Positions).Concat(a2.Positions).ToList();
        Assert.Equal(7, positions.Count);
        Assert.True(positions.Zip(positions.Skip(1)).All(p => p.First < p.Second), string.Join(",", positions));

        var a = await db.Events.ReadStreamAsync("incident-a", ct);
        Assert.Equal([1, 2, 3, 4, 5], a.Select(e => e.Version));
        Assert.Equal(a1.Positions.Concat(a2.Positions), a.Select(e => e.Position));
        Assert.All(a, e => Assert.Equal("incident-a", e.Stream));

        var all = await db.Events.ReadAllAsync(0, 100, ct);
        Assert.Equal(positions, all.Select(e => e.Position));
        Assert.Equal(["incident-a", "incident-a", "incident-a", "incident-b", "incident-b", "incident-a", "incident-a"],
            all.Select(e => e.Stream));
        Assert.Equal(7, await db.Events.CountAsync(ct));
        Assert.Empty(await db.Events.ReadStreamAsync("incident-none", ct));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Events_AppendWithWrongExpectedVersion_ThrowsAndAppendsNothing(int expected)
    {
        await using var db = await MigratedAsync();
        var ct = TestContext.Current.CancellationToken;
        await db.Events.AppendAsync(Stream, 0, [Event(), Event()], ct);

        var conflict = await Assert.ThrowsAsync<EventStoreConcurrencyException>(
            () => db.Events.AppendAsync(Stream, expected, [Event(), Event(), Event()], ct));
        var fresh = await Assert.ThrowsAsync<EventStoreConcurrencyException>(
            () => db.Events.AppendAsync("incident-new", expected + 1, [Event()], ct));

        Assert.Equal((Stream, expected, 2), (conflict.Stream, conflict.ExpectedVersion, conflict.ActualVersion));
        Assert.Equal(("incident-new", expected + 1, 0), (fresh.Stream, fresh.ExpectedVersion, fresh.ActualVersion));
        Assert.Equal(2, await db.Events.CountAsync(ct));
        Assert.Equal([1, 2], (await db.Events.ReadStreamAsync(Stream, ct)).Select(e => e.Version));
        Assert.Empty(await db.Events.StreamsAsync("incident-new", ct));
    }

    [Fact]
    public async Task Events_ConcurrentAppendersOnOneStream_EndWithDenseVersionsAndNoneLost()
    {
        const int Writers = 8;
        const int AppendsEach = 50;
        await using var db = await MigratedAsync();
        var ct = TestContext.Current.CancellationToken;
        var conflicts = 0;

        async Task WriteAsync(int writer)
        {
            await Task.Yield();
            for (var n = 0; n < AppendsEach; n++)
            {
                var expected = (await db.Events.ReadStreamAsync(Stream, ct)).Count;
                for (var attempt = 0; ; attempt++)
                {
                    Assert.True(attempt < 1000, "an appender never got its turn");
                    try
                    {
                        await db.Events.AppendAsync(Stream, expected, [Event(payload: $$"""{"writer":{{writer}},"n":{{n}}}""")], ct);
                        break;
                    }
                    catch (EventStoreConcurrencyException ex)
                    {
                        Interlocked.Increment(ref conflicts);
                        expected = ex.ActualVersion;
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(WriteAsync));

        var stored = await db.Events.ReadStreamAsync(Stream, ct);
        Assert.Equal(Enumerable.Range(1, Writers * AppendsEach), stored.Select(e => e.Version));
        Assert.Equal(Writers * AppendsEach, stored.Select(e => e.PayloadJson).Distinct(StringComparer.Ordinal).Count());
        Assert.True(stored.Zip(stored.Skip(1)).All(p => p.First.Position < p.Second.Position));
        Assert.Equal(Writers * AppendsEach, await db.Events.CountAsync(ct));
        Assert.True(conflicts > 0, "the writers never raced: the test proves nothing");
    }

    [Fact]
    public async Task Events_ReadAll_PagesAfterAPositionWithoutGapsOrRepeats()
    {
        await using var db = await MigratedAsync();
        var ct = TestContext.Current.CancellationToken;
        for (var i = 0; i < 10; i++)
        {
            await db.Events.AppendAsync($"incident-{i % 3}", i / 3, [Event(payload: $$"""{"i":{{i}}}""")], ct);
        }

        var all = await db.Events.ReadAllAsync(0, 1000, ct);
        var paged = new List<StoredEvent>();
        var after = 0L;
        while (true)
        {
            var page = await db.Events.ReadAllAsync(after, 3, ct);
            Assert.True(page.Count <= 3);
            if (page.Count == 0)
            {
                break;
            }

            Assert.All(page, e => Assert.True(e.Position > after));
            paged.AddRange(page);
            after = page[^1].Position;
        }

        Assert.Equal(10, all.Count);
        Assert.Equal(all, paged);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $$"""{"i":{{i}}}"""), all.Select(e => e.PayloadJson));
        Assert.Equal(all.Skip(5), await db.Events.ReadAllAsync(all[4].Position, 1000, ct));
        Assert.Empty(await db.Events.ReadAllAsync(all[^1].Position, 1000, ct));
    }

    [Fact]
    public async Task Events_Streams_MatchThePrefixLiterallyInOrdinalOrder()
    {
        await using var db = await MigratedAsync();
        var ct = TestContext.Current.CancellationToken;
        string[] names = ["incident-2", "incident-10", "alert-1", "Incident-3", "incident_x", "incident%y", "incidentZ", "incident-é"];
        foreach (var name in names)
        {
            await db.Events.AppendAsync(name, 0, [Event(), Event()], ct);
        }

        Assert.Equal(["incident-10", "incident-2", "incident-é"], await db.Events.StreamsAsync("incident-", ct));
        Assert.Equal(["incident_x"], await db.Events.StreamsAsync("incident_", ct));
        Assert.Equal(["incident%y"], await db.Events.StreamsAsync("incident%", ct));
        Assert.Equal(["Incident-3"], await db.Events.StreamsAsync("Incident", ct));
        Assert.Equal(names.Order(StringComparer.Ordinal), await db.Events.StreamsAsync("", ct));
        Assert.Empty(await db.Events.StreamsAsync("incident-2x", ct));
        Assert.Equal(["incident-2"], await db.Events.StreamsAsync("incident-2", ct));
    }

    [Fact]
    public async Task Events_RawUpdateDeleteAndDuplicateInsert_AreRefusedByTheDatabase()
    {
        await using var db = await MigratedAsync();
        var ct = TestContext.Current.CancellationToken;
        await db.Events.AppendAsync(Stream, 0, [Event(), Event()], ct);
        var before = await db.Events.ReadStreamAsync(Stream, ct);

        await using (var connection = await RawConnectionAsync(db))
        {
            var update = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(connection, "UPDATE events SET reason = 'rewritten'"));
            var delete = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(connection, "DELETE FROM events WHERE version = 2"));
            Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
            Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
            await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(connection,
                "INSERT INTO events (stream, version, type, time, actor, centre, reason, payload) " +
                "SELECT stream, version, type, time, actor, centre, 'forged', payload FROM events WHERE version = 1"));
        }

        Assert.Equal(before, await db.Events.ReadStreamAsync(Stream, ct));
    }

    [Fact]
    public async Task Dialect_UniqueViolation_IsRecognisedAndOtherErrorsAreNot()
    {
        await using var db = await MigratedAsync();
        await db.Events.AppendAsync(Stream, 0, [Event()], TestContext.Current.CancellationToken);
        var dialect = ((AdoDatabase)db).Dialect;
        await using var connection = await RawConnectionAsync(db);

        var duplicate = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(connection,
            "INSERT INTO schema_migrations (version, name, applied_at) SELECT version, name, applied_at FROM schema_migrations WHERE version = 1"));
        var trigger = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(connection, "DELETE FROM events"));

        Assert.True(dialect.IsUniqueViolation(duplicate), duplicate.Message);
        Assert.False(dialect.IsUniqueViolation(trigger), trigger.Message);
    }

    [Fact]
    public async Task Events_InvalidAppendArguments_ThrowAndAppendNothing()
    {
        await using var db = await MigratedAsync();
        var ct = TestContext.Current.CancellationToken;

        await Assert.ThrowsAnyAsync<ArgumentException>(() => db.Events.AppendAsync(" ", 0, [Event()], ct));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => db.Events.AppendAsync("a\0b", 0, [Event()], ct));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => db.Events.AppendAsync(Stream, -1, [Event()], ct));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => db.Events.AppendAsync(Stream, 0, [], ct));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => db.Events.AppendAsync(Stream, 0, [Event(), null!], ct));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => db.Events.ReadAllAsync(0, 0, ct));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => db.Events.ReadAllAsync(-1, 10, ct));
        Assert.Equal(0, await db.Events.CountAsync(ct));
    }

    [Fact]
    public async Task Events_Cancelled_ThrowsAndAppendsNothing()
    {
        await using var db = await MigratedAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.Events.AppendAsync(Stream, 0, [Event()], cancelled.Token));
        Assert.Equal(0, await db.Events.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Events_AfterMigratingTwice_StoreWorksAndHealthIsCurrent()
    {
        await using var db = await CreateDatabaseAsync();
        var ct = TestContext.Current.CancellationToken;
        await db.MigrateAsync(ct);
        await db.Events.AppendAsync(Stream, 0, [Event()], ct);

        Assert.Equal(LatestSchemaVersion, await db.MigrateAsync(ct));
        var health = await db.CheckHealthAsync(ct);

        Assert.True(health.Healthy, health.Message);
        Assert.Equal(LatestSchemaVersion, health.SchemaVersion);
        Assert.Equal(1, await db.Events.CountAsync(ct));
    }

    /// <summary>A connection that bypasses the store, as a hand-written script or a faulty tool would.</summary>
    protected static Task<DbConnection> RawConnectionAsync(IDatabase db) =>
        ((AdoDatabase)db).OpenAsync(TestContext.Current.CancellationToken);

    protected static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    protected static NewEvent Event(DateTimeOffset? time = null, string payload = "{}") =>
        new("IncidentUpdated", time ?? Night, "op.smith@dover", "MRCC Dover", "", payload);

    private static string LargePayload(int minimumLength)
    {
        var json = new StringBuilder("{\"log\":[");
        for (var i = 0; json.Length < minimumLength; i++)
        {
            json.Append(i == 0 ? "" : ",")
                .Append(CultureInfo.InvariantCulture, $$"""{"i":{{i}},"note":"sighting \"{{i}}\" — bateau pneumatique 🚤\n","lat":50.{{i:D6}}}""");
        }

        var text = json.Append("]}").ToString();
        using var check = JsonDocument.Parse(text);
        return text;
    }
}
