using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Entente.Core.Identity;
using Entente.Core.Sharing;
using Entente.Server.Tests.Apis;

namespace Entente.Server.Tests.Security;

/// <summary>
/// Random hostile requests to every endpoint the server maps: injection strings, path traversal, huge and non-finite
/// numbers, wrong types, broken and deeply nested JSON, bodies over the limit, wrong media types and methods, by users
/// who may and may not call them. No answer is a 5xx, every refusal is a ProblemDetails, and the server keeps serving.
/// CI sends a sample of 10,000; bench/api-fuzz.sh sends many more through the same test (ENTENTE_API_FUZZ_REQUESTS).
/// </summary>
public sealed class HostileRequestFuzzTests(IncidentNightFixture night) : IClassFixture<IncidentNightFixture>
{
    private const int CiRequests = 10_000;
    private const int Workers = 4;

    private static readonly string[] Hostile =
    [
        "' OR 1=1 --", "'; DROP TABLE events; --", "\" OR \"\"=\"", "<script>alert(1)</script>", "../../etc/passwd", "..\\..\\windows",
        "%00", "\u0000", "${jndi:ldap://x/a}", "{{7*7}}", "NaN", "Infinity", "-Infinity", "1e400", "-1", "0", "99999999999999999999999",
        "-9223372036854775809", "", " ", "\u202e", "😀", "null", "true", "[]", "{}", "INC-00001", "INC-99999", "235000999", "uk-hmcg",
        "fr-cross-gris-nez", "UK+FR", "ORIGINATOR", "9999-99-99", "2026-13-45T25:61:61Z", "2026-11-21T23:00:00Z",
    ];

    private static readonly string[] Fields =
    [
        "reason", "people", "lat", "lon", "time", "landed", "caller", "asset", "task", "state", "assets", "hours", "outcome", "zone",
        "track", "incident", "message", "aboard", "rescued", "missing", "name", "password", "releasability", "subject", "title", "text",
        "tracks", "incidents", "actor", "agency",
    ];

    private static readonly string[] QueryKeys = ["at", "from", "to", "limit", "status", "radiusNm", "lat", "lon", "subject", "track", "incident"];

    private static readonly string[] MediaTypes = ["application/json", "text/plain", "application/x-ndjson", "application/xml", "multipart/form-data", "application/json; charset=utf-16"];

    [Fact]
    [Trait("Category", "Fuzz")]
    public async Task HostileRequests_ToEveryEndpoint_NeverGetA5xx_AndTheServerKeepsServing()
    {
        var ct = TestContext.Current.CancellationToken;
        var total = int.TryParse(Environment.GetEnvironmentVariable("ENTENTE_API_FUZZ_REQUESTS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : CiRequests;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("ENTENTE_API_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 20261123;
        var endpoints = ApiEndpoints.Of(night.Services);
        Assert.True(endpoints.Count >= 30, $"{endpoints.Count} endpoints found");

        // Someone who may call everything (so that requests reach the handlers), someone who may call little, and nobody.
        await night.Factory.AddUserAsync("fuzz.all", Agencies.CrossGrisNez, Enum.GetValues<Role>(), ct);
        using var all = night.ClientAs("fuzz.all");
        using var feed = night.ClientAs(SignedInFactory.FeedUser);
        using var nobody = night.AnonymousClient();
        HttpClient[] callers = [all, all, all, feed, nobody];

        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var perEndpoint = new int[endpoints.Count];
        await Parallel.ForAsync(0, Workers, ct, async (worker, token) =>
        {
            var random = new Random(seed + worker);
            for (var i = worker; i < total; i += Workers)
            {
                var e = random.Next(endpoints.Count);
                Interlocked.Increment(ref perEndpoint[e]);
                var (method, pattern) = endpoints[e];
                using var request = Request(random, method, pattern);
                var caller = callers[random.Next(callers.Length)];
                try
                {
                    using var response = await caller.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
                    var status = (int)response.StatusCode;
                    var type = response.Content.Headers.ContentType?.MediaType;
                    if (status >= 500 || (status >= 400 && type != "application/problem+json"))
                    {
                        var body = status >= 500 ? (await response.Content.ReadAsStringAsync(token)).ReplaceLineEndings(" ") : "";
                        failures.Enqueue($"{request.Method} {request.RequestUri} → {status} {type}: {body[..Math.Min(body.Length, 200)]}");
                    }
                }
                catch (HttpRequestException ex)
                {
                    failures.Enqueue($"{request.Method} {request.RequestUri} → {ex.Message}");
                }
            }
        });

        Assert.True(failures.IsEmpty, $"{failures.Count} of {total} requests failed (seed {seed}):\n" + string.Join('\n', failures.Take(30)));
        Assert.All(perEndpoint, count => Assert.True(count > 0 || total < endpoints.Count * 10));
        using var health = await night.Client.GetAsync(new Uri("/health", UriKind.Relative), ct);
        using var tracks = await night.Client.GetAsync(new Uri("/api/tracks", UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tracks.StatusCode);
    }

    private HttpRequestMessage Request(Random random, string method, string pattern)
    {
        var path = ApiEndpoints.Fill(pattern, name => Uri.EscapeDataString(PathValue(random, name)));
        var query = string.Join('&', Enumerable.Range(0, random.Next(4)).Select(_ =>
            Uri.EscapeDataString(QueryKeys[random.Next(QueryKeys.Length)]) + "=" + Uri.EscapeDataString(Pick(random, Hostile))));
        // Now and then the wrong method.
        var verb = random.Next(20) == 0 ? Pick(random, ["PUT", "PATCH", "DELETE", "POST", "GET"]) : method;
        var request = new HttpRequestMessage(new HttpMethod(verb), path + (query.Length > 0 ? "?" + query : ""));
        if (verb is "POST" or "PUT" or "PATCH" || random.Next(10) == 0)
        {
            request.Content = new ByteArrayContent(Body(random));
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(random.Next(4) == 0 ? Pick(random, MediaTypes) : "application/json");
        }

        return request;
    }

    private string PathValue(Random random, string name) => random.Next(3) switch
    {
        0 => name switch { "id" => night.IncidentId, "mmsi" => "235000999", _ => random.Next(1, 20).ToString(CultureInfo.InvariantCulture) },
        // A NUL in the path never reaches a server (the in-memory client refuses it; Kestrel answers 400 itself).
        1 => Pick(random, Hostile) is { Length: > 0 } hostile && !hostile.Contains('\0', StringComparison.Ordinal) ? hostile : "x",
        _ => new string((char)random.Next('0', 'z'), random.Next(1, 3_000)),
    };

    private static byte[] Body(Random random)
    {
        switch (random.Next(10))
        {
            case 0:
                return RandomBytes(random, random.Next(0, 2_000));
            case 1:
                // Over the 1 MiB limit.
                return Encoding.UTF8.GetBytes("{\"reason\":\"" + new string('a', 1_100_000) + "\"}");
            case 2:
                var depth = random.Next(50, 400);
                return Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":[", depth)) + "1" + string.Concat(Enumerable.Repeat("]}", depth)));
            case 3:
                var json = Object(random);
                return Encoding.UTF8.GetBytes(json[..random.Next(json.Length)]);
            default:
                return Encoding.UTF8.GetBytes(Object(random));
        }
    }

    // A JSON object of the fields the endpoints read, each of a random type and value.
    private static string Object(Random random)
    {
        var members = Enumerable.Range(0, random.Next(8)).Select(_ => $"\"{Pick(random, Fields)}\":{Value(random, 0)}");
        return "{" + string.Join(',', members) + "}";
    }

    private static string Value(Random random, int depth) => random.Next(depth > 2 ? 6 : 8) switch
    {
        0 => "null",
        1 => random.Next(2) == 0 ? "true" : "false",
        2 => Pick(random, ["0", "-1", "1e400", "-1e400", "3.5", "99999999999999999999", "41", "51.1", "1.5", "-0"]),
        3 => System.Text.Json.JsonSerializer.Serialize(Pick(random, Hostile)),
        4 => System.Text.Json.JsonSerializer.Serialize(new string('x', random.Next(0, 20_000))),
        5 => System.Text.Json.JsonSerializer.Serialize(Pick(random, ["landed", "rescued", "rescue", "search", "FR", "UK", "rnli-dover-lifeboat", "snsm-calais-lifeboat", "smuggling-network"])),
        6 => "[" + string.Join(',', Enumerable.Range(0, random.Next(5)).Select(_ => Value(random, depth + 1))) + "]",
        _ => "{\"" + Pick(random, Fields) + "\":" + Value(random, depth + 1) + "}",
    };

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
