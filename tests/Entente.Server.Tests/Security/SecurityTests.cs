using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Entente.Server.Tests.Security;

/// <summary>The protections every response and request gets: security headers, the body limit, the rate limiter.</summary>
public sealed class SecurityTests(EntenteFactory factory) : IClassFixture<EntenteFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/stats.html")]
    [InlineData("/api/tracks")]
    [InlineData("/api/no-such-thing")]
    [InlineData("/health")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("*", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Strict-Transport-Security")); // plain HTTP here
    }

    [Fact]
    public async Task ABodyOverTheLimit_Is413WithProblemDetails_AndTheServerKeepsServing()
    {
        await using var small = new EntenteFactory(("Security:MaxRequestBodyBytes", "2048"));
        using var client = small.CreateClient();
        using var body = new StringContent(new string(' ', 4096) + "{}", System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/api/alerts/1/acknowledge", UriKind.Relative), body, TestContext.Current.CancellationToken);
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task ACallerOverItsRate_Gets429WithRetryAfter_WhileHealthIsNeverLimited()
    {
        await using var limited = new EntenteFactory(("Security:RateLimit:PerSecond", "1"), ("Security:RateLimit:Burst", "5"));
        using var client = limited.CreateClient();
        var ct = TestContext.Current.CancellationToken;

        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            using var response = await client.GetAsync(new Uri("/api/night", UriKind.Relative), ct);
            codes.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("1", Assert.Single(response.Headers.GetValues("Retry-After")));
                var problem = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
                Assert.Equal(429, problem.GetProperty("status").GetInt32());
            }
        }

        for (var i = 0; i < 20; i++)
        {
            using var health = await client.GetAsync(new Uri("/health", UriKind.Relative), ct);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        // Twelve requests within a second or two: the burst of five, perhaps one or two replenished, the rest refused.
        Assert.InRange(codes.Count(c => c == HttpStatusCode.OK), 5, 8);
        Assert.Equal(HttpStatusCode.OK, codes[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, codes[^1]);
    }
}
