using System.Net;
using System.Text.Json;

namespace Entente.Server.Tests.Apis;

public sealed class GeographyApiTests(EntenteFactory factory) : IClassFixture<EntenteFactory>
{
    [Fact]
    public async Task GetGeography_ReturnsGeoJsonWithEveryLayer()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/geography", UriKind.Relative), TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        var kinds = json.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty("kind").GetString())
            .GroupBy(k => k).ToDictionary(g => g.Key!, g => g.Count());
        Assert.True(kinds["launch-beach"] >= 15);
        foreach (var kind in new[] { "land", "tss-lane", "tss-separation-zone", "territorial-boundary", "sar-region", "sar-boundary",
                     "territorial-sea", "landing", "lifeboat-station", "coordination-centre", "radar-site" })
        {
            Assert.True(kinds.ContainsKey(kind), "missing " + kind);
        }
    }

    [Fact]
    public async Task GetWhere_ValidPosition_DescribesIt()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/geography/where?lat=50.95&lon=1.55", UriKind.Relative),
            TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "French territorial sea; north-east-bound lane of the Dover TSS; French SAR region; 5.7 nm NW of Wissant beach",
            json.RootElement.GetProperty("text").GetString());
        Assert.Equal("beach-wissant", json.RootElement.GetProperty("nearestPlace").GetProperty("id").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("zones").GetArrayLength());
    }

    [Theory]
    [InlineData("lat=abc&lon=1.5", "lat")]
    [InlineData("lat=95&lon=1.5", "lat")]
    [InlineData("lat=50&lon=200", "lon")]
    [InlineData("lat=50&lon=NaN", "lon")]
    [InlineData("lat=50", "lon")]
    [InlineData("lon=1&lat=1e400", "lat")]
    [InlineData("lat=50%27%3B%20DROP%20TABLE%20detections&lon=1", "lat")]
    public async Task GetWhere_BadInput_Returns400ProblemDetailsNamingTheField(string query, string field)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/geography/where?" + query, UriKind.Relative),
            TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }
}
