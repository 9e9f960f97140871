using System.Net;
using System.Text.Json;

namespace Entente.Server.Tests.Apis;

public sealed class ServerShellTests(EntenteFactory factory) : IClassFixture<EntenteFactory>
{
    [Fact]
    public async Task GetOpenApi_DescribesEveryEndpoint()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = json.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/health", "/api/geography", "/api/geography/where" })
        {
            Assert.True(paths.TryGetProperty(path, out _), "OpenAPI lacks " + path);
        }
    }

    [Fact]
    public async Task GetRoot_ServesTheMapPageBuiltFromNpm()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetUnknownApiPath_Returns404ProblemDetails()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/nothing-here", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
