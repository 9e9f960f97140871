using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Entente.Server.Tests.Apis;

/// <summary>GET /api/stats/operational against a live night's event store: the shared JSON contract, the default range,
/// every launch beach, and bad ranges refused with ProblemDetails.</summary>
public sealed class OperationalStatisticsApiTests(IncidentNightFixture night) : IClassFixture<IncidentNightFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly string[] PeriodFields =
    [
        "firstNight", "lastNight", "launchesDetected", "launchesByBeach", "boatsAtSea", "boatsLanded", "boatsPrevented", "boatsIntercepted", "boatsRescued",
        "peopleAtSea", "peopleLanded", "peoplePrevented", "peopleIntercepted", "peopleRescued", "peopleMissing", "incidentsOpened", "incidentsClosed",
        "handoversOffered", "handoversAccepted", "handoversDeclined", "launchToFirstDetection", "alertToAcknowledgement", "distressToFirstTasking",
    ];

    [Fact]
    public async Task TheNight_ByDefault_CountsItsLaunchIncidentAndAcknowledgement()
    {
        var ct = TestContext.Current.CancellationToken;
        var alerts = await night.Client.GetFromJsonAsync<List<JsonElement>>("/api/alerts", Json, ct);
        var launch = alerts!.First(a => a.GetProperty("type").GetString() == "launch");
        if (launch.GetProperty("status").GetString() == "raised")
        {
            using var ack = await night.Client.PostAsJsonAsync($"/api/alerts/{launch.GetProperty("number").GetInt64()}/acknowledge",
                new { }, Json, ct);
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }

        var stats = await night.Client.GetFromJsonAsync<JsonElement>("/api/stats/operational", Json, ct);

        var from = DateOnly.Parse(stats.GetProperty("from").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(stats.GetProperty("from").GetString(), stats.GetProperty("to").GetString());
        var total = stats.GetProperty("total");
        Assert.Equal(PeriodFields, total.EnumerateObject().Select(p => p.Name));
        Assert.True(total.GetProperty("launchesDetected").GetInt32() >= 1);
        Assert.True(total.GetProperty("boatsAtSea").GetInt32() >= total.GetProperty("launchesDetected").GetInt32());
        Assert.True(total.GetProperty("incidentsOpened").GetInt32() >= 1);
        var zone = launch.GetProperty("zone").GetString()!;
        Assert.True(total.GetProperty("launchesByBeach").GetProperty(zone).GetInt32() >= 1);
        var ackTimes = total.GetProperty("alertToAcknowledgement");
        Assert.True(ackTimes.GetProperty("count").GetInt32() >= 1);
        Assert.True(ackTimes.GetProperty("medianSeconds").GetDouble() >= 0);
        Assert.True(ackTimes.GetProperty("longestSeconds").GetDouble() >= ackTimes.GetProperty("percentile90Seconds").GetDouble());

        var nights = stats.GetProperty("nights").EnumerateArray().ToList();
        var only = Assert.Single(nights);
        Assert.Equal(from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), only.GetProperty("firstNight").GetString());
        Assert.Equal(total.GetProperty("launchesDetected").GetInt32(), only.GetProperty("launchesDetected").GetInt32());

        var beaches = stats.GetProperty("beaches").EnumerateArray().ToList();
        Assert.Equal(18, beaches.Count);
        Assert.All(beaches, b => Assert.StartsWith("beach-", b.GetProperty("id").GetString(), StringComparison.Ordinal));
        var beach = beaches.Single(b => b.GetProperty("id").GetString() == zone);
        Assert.Equal(total.GetProperty("launchesByBeach").GetProperty(zone).GetInt32(), beach.GetProperty("launches").GetInt32());
        Assert.InRange(beach.GetProperty("lat").GetDouble(), 50.3, 51.2);
        Assert.InRange(beach.GetProperty("lon").GetDouble(), 1.4, 2.6);
        Assert.Equal(total.GetProperty("launchesDetected").GetInt32(), beaches.Sum(b => b.GetProperty("launches").GetInt32()));
    }

    [Fact]
    public async Task ARangeWithoutRecords_HasNoNights_AndOmitsTheSecondsOfEmptyDurations()
    {
        var ct = TestContext.Current.CancellationToken;

        var stats = await night.Client.GetFromJsonAsync<JsonElement>("/api/stats/operational?from=2000-01-01&to=2000-01-31", Json, ct);

        Assert.Equal(("2000-01-01", "2000-01-31"), (stats.GetProperty("from").GetString(), stats.GetProperty("to").GetString()));
        Assert.Empty(stats.GetProperty("nights").EnumerateArray());
        var total = stats.GetProperty("total");
        Assert.Equal(0, total.GetProperty("launchesDetected").GetInt32());
        Assert.Empty(total.GetProperty("launchesByBeach").EnumerateObject());
        Assert.Equal(["count"], total.GetProperty("distressToFirstTasking").EnumerateObject().Select(p => p.Name));
        Assert.All(stats.GetProperty("beaches").EnumerateArray(), b => Assert.Equal(0, b.GetProperty("launches").GetInt32()));
    }

    [Theory]
    [InlineData("?from=2026-13-01")]
    [InlineData("?to=21-11-2026")]
    [InlineData("?from=")]
    [InlineData("?from=2026-11-22&to=2026-11-21")]
    [InlineData("?from=2025-01-01&to=2026-01-02")]
    public async Task BadRanges_Are400ProblemDetails(string query)
    {
        var ct = TestContext.Current.CancellationToken;

        using var response = await night.Client.GetAsync("/api/stats/operational" + query, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json, ct);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task AYearOf366Nights_IsAllowed()
    {
        using var response = await night.Client.GetAsync("/api/stats/operational?from=2024-01-01&to=2024-12-31", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
