using System.Net.Http.Json;
using System.Text.Json;
using Entente.Storage;
using Entente.Testing;
using Npgsql;

namespace Entente.Server.Tests.Crash;

/// <summary>
/// An action acknowledged to a caller survives a crash: the server runs a night fast while a watch officer acknowledges
/// alerts and writes notes as they come; the process is killed with SIGKILL in the middle of it; after a restart on the
/// same database, every acknowledged action is there, the log is whole, and the picture carries on after it.
/// </summary>
public sealed class CrashRecoveryTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Sqlite_AcknowledgedActionsSurviveSigkill()
    {
        var directory = Path.Combine(Path.GetTempPath(), "entente-crash-" + Guid.NewGuid().ToString("N"));
        try
        {
            await RunAsync(["--Storage:DataDirectory=" + directory],
                new StorageOptions { Provider = StorageProvider.Sqlite, DataDirectory = directory });
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Postgres_AcknowledgedActionsSurviveSigkill()
    {
        var baseConnection = PostgresTestServer.ConnectionStringOrSkip();
        var schema = "crash_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(baseConnection))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var connectionString = new NpgsqlConnectionStringBuilder(baseConnection) { SearchPath = schema + ",public" }.ConnectionString;
        await RunAsync(["--Storage:Provider=Postgres", "--Storage:ConnectionString=" + connectionString],
            new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = connectionString });
    }

    private static async Task RunAsync(string[] storage, StorageOptions options)
    {
        string[] arguments = [.. storage, "--Feeds:Simulation:Scenario=" + Path.Combine(AppContext.BaseDirectory, "Crash", "crash-scenario.json"),
            "--Feeds:Simulation:Speed=300", "--Feeds:Simulation:SkipMinutes=0", "--Logging:LogLevel:Default=Warning"];
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        // The alerts are read as a signed-in user of HM Coastguard sees them: a token made in the database beforehand.
        await using (var setup = DatabaseFactory.Create(options, TimeProvider.System))
        {
            await setup.MigrateAsync(TestContext.Current.CancellationToken);
            TestUsers.SignIn(client, await TestUsers.TokenAsync(setup, "uk-hmcg", TestContext.Current.CancellationToken));
        }

        var acknowledged = new List<(long Alert, long Position)>();
        await using (var server = ServerProcess.Start(arguments))
        {
            await server.WaitUntilHealthyAsync(client, TimeSpan.FromSeconds(90));
            var until = DateTime.UtcNow + TimeSpan.FromSeconds(120);
            Task? inFlight = null;
            while (acknowledged.Count < 8 && DateTime.UtcNow < until)
            {
                var raised = await client.GetFromJsonAsync<List<JsonElement>>(new Uri(server.Address, "api/alerts?status=raised"), Json);
                foreach (var alert in raised!.Take(4))
                {
                    var number = alert.GetProperty("number").GetInt64();
                    using var response = await client.PostAsJsonAsync(new Uri(server.Address, $"api/alerts/{number}/acknowledge"),
                        new { actor = "crash-test-officer", agency = "uk-hmcg" }, Json);
                    if (response.IsSuccessStatusCode)
                    {
                        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
                        acknowledged.Add((number, body.GetProperty("positions")[0].GetInt64()));
                    }
                }

                await Task.Delay(100);
            }

            Assert.True(acknowledged.Count >= 8, $"only {acknowledged.Count} alerts acknowledged before the crash:\n{server.Output}");

            // Kill it while more acknowledgements are on their way: those may or may not be kept, but none is half-kept.
            var more = await client.GetFromJsonAsync<List<JsonElement>>(new Uri(server.Address, "api/alerts?status=raised"), Json);
            inFlight = Task.WhenAll(more!.Select(a => client.PostAsJsonAsync(new Uri(server.Address, $"api/alerts/{a.GetProperty("number").GetInt64()}/acknowledge"),
                new { actor = "crash-test-officer", agency = "uk-hmcg" }, Json)));
            server.Kill();
            try
            {
                await inFlight;
            }
            catch (HttpRequestException)
            {
                // The connection died with the process.
            }
        }

        // Straight from the database: every acknowledged action is stored where the server said it was.
        await using (var database = DatabaseFactory.Create(options, TimeProvider.System))
        {
            var all = new List<Storage.Events.StoredEvent>();
            for (var after = 0L; ;)
            {
                var page = await database.Events.ReadAllAsync(after, 10_000, TestContext.Current.CancellationToken);
                if (page.Count == 0)
                {
                    break;
                }

                all.AddRange(page);
                after = page[^1].Position;
            }

            var byPosition = all.ToDictionary(e => e.Position);
            foreach (var (alert, position) in acknowledged)
            {
                Assert.True(byPosition.TryGetValue(position, out var stored), $"acknowledgement of alert {alert} at {position} was lost");
                Assert.Equal("alert-acknowledged", stored.Type);
                Assert.Equal($"alert-{alert:D5}", stored.Stream);
                Assert.Contains("crash-test-officer", stored.Actor, StringComparison.Ordinal);
            }

            // Every stream is whole: versions 1..n with no gap, each event's payload a JSON object.
            foreach (var stream in all.GroupBy(e => e.Stream))
            {
                Assert.Equal(Enumerable.Range(1, stream.Count()), stream.Select(e => e.Version).Order());
                Assert.All(stream, e => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(e.PayloadJson).RootElement.ValueKind));
            }
        }

        // Restart on the same database: it is healthy, the acknowledged alerts' logs are there, and new records carry on
        // after the stored ones without clashing.
        await using (var server = ServerProcess.Start(arguments))
        {
            await server.WaitUntilHealthyAsync(client, TimeSpan.FromSeconds(90));
            var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            var highest = acknowledged.Max(a => a.Alert);
            long newest = 0;
            while (newest <= highest && DateTime.UtcNow < until)
            {
                var alerts = await client.GetFromJsonAsync<List<JsonElement>>(new Uri(server.Address, "api/alerts"), Json);
                newest = alerts!.Select(a => a.GetProperty("number").GetInt64()).DefaultIfEmpty(0).Max();
                await Task.Delay(250);
            }

            Assert.True(newest > highest, $"no new alert after the restart (newest {newest}, stored up to {highest}):\n{server.Output}");
            Assert.DoesNotContain("could not be stored", server.Output, StringComparison.Ordinal);
        }
    }
}
