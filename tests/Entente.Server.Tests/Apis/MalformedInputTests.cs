using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Entente.Server.Tests.Apis;

/// <summary>Every endpoint the server maps, found from its routing table (so a new one cannot be missed), answers
/// malformed and hostile input with a 4xx ProblemDetails, never a 5xx; and the OpenAPI document lists every one.</summary>
public sealed class MalformedInputTests(IncidentNightFixture night) : IClassFixture<IncidentNightFixture>
{
    private static readonly string[] BadIds = ["%27%3B%20DROP%20TABLE%20events%3B--", "-1", "INC-99999", "99999999999999999999999", new('9', 300), "..%2F..%2Fetc"];

    private static readonly string[] BadBodies =
    [
        "{not json", "[]", "null", "\"text\"", "42", "{\"actor\": 5, \"agency\": [1]}", "{\"actor\": \"x\", \"agency\": \"uk-hmcg\", \"people\": \"many\"}",
        "{\"actor\": \"<script>alert(1)</script>\", \"agency\": \"' OR 1=1 --\", \"reason\": \"\\u0000\"}",
        "{\"actor\": \"x\", \"agency\": \"uk-hmcg\", \"assets\": {\"a\": 1}, \"hours\": \"NaN\", \"lat\": 1e400}",
        "{" + string.Concat(Enumerable.Repeat("\"a\":[", 100)) + "1" + new string(']', 100) + "}",
    ];

    private static readonly string[] BadQueries =
    [
        "?at=nonsense&from=%27&to=1e9&limit=-5&status=%3Cscript%3E&radiusNm=NaN&lat=abc&lon=1e400",
        "?limit=99999999999999999999&radiusNm=-1&lat=91&lon=181&at=9999-99-99",
    ];

    [Fact]
    public async Task EveryEndpoint_AnswersMalformedInput_WithoutA5xx()
    {
        var ct = TestContext.Current.CancellationToken;
        var endpoints = Endpoints();
        Assert.True(endpoints.Count >= 30, $"{endpoints.Count} endpoints found");
        var failures = new List<string>();
        var requests = 0;
        foreach (var (method, pattern) in endpoints)
        {
            if (pattern == "/api/stream")
            {
                continue; // Long-lived: LivePictureApiTests reads it.
            }

            foreach (var url in Urls(pattern))
            {
                if (method == "GET")
                {
                    requests++;
                    using var response = await night.Client.GetAsync(url, ct);
                    await CheckAsync(response, "GET " + url, failures);
                    continue;
                }

                foreach (var body in BadBodies)
                {
                    requests++;
                    using var content = new StringContent(body, Encoding.UTF8, "application/json");
                    using var response = await night.Client.PostAsync(url, content, ct);
                    await CheckAsync(response, $"POST {url} {body[..Math.Min(body.Length, 40)]}", failures);
                }

                // Not JSON at all, and no body.
                requests += 2;
                using (var text = new StringContent("actor=x", Encoding.UTF8, "text/plain"))
                using (var response = await night.Client.PostAsync(url, text, ct))
                {
                    await CheckAsync(response, $"POST {url} text/plain", failures);
                }

                using (var response = await night.Client.PostAsync(url, null, ct))
                {
                    await CheckAsync(response, $"POST {url} no body", failures);
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} requests failed:\n" + string.Join('\n', failures.Take(30)));
        // And the server still serves.
        using var health = await night.Client.GetAsync("/health", ct);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task TheOpenApiDocument_ListsEveryEndpoint()
    {
        var ct = TestContext.Current.CancellationToken;
        var document = await night.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", ct);
        var paths = document.GetProperty("paths");
        foreach (var (method, pattern) in Endpoints())
        {
            var path = ApiEndpoints.Fill(pattern, name => "{" + name + "}");
            Assert.True(paths.TryGetProperty(path, out var item) && item.TryGetProperty(method.ToLowerInvariant(), out _), $"OpenAPI lacks {method} {path}");
        }
    }

    private List<(string Method, string Pattern)> Endpoints() => ApiEndpoints.Of(night.Services);

    private static IEnumerable<string> Urls(string pattern)
    {
        if (!pattern.Contains('{', StringComparison.Ordinal))
        {
            yield return pattern;
            foreach (var query in BadQueries)
            {
                yield return pattern + query;
            }

            yield break;
        }

        foreach (var id in BadIds)
        {
            yield return ApiEndpoints.Fill(pattern, _ => id) + BadQueries[0];
        }
    }

    private static async Task CheckAsync(HttpResponseMessage response, string request, List<string> failures)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            var body = (await response.Content.ReadAsStringAsync()).ReplaceLineEndings(" ");
            failures.Add($"{request} → {status}: {body[..Math.Min(200, body.Length)]}");
        }
        else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            failures.Add($"{request} → {status} as {response.Content.Headers.ContentType?.MediaType ?? "no content type"}");
        }
    }
}
