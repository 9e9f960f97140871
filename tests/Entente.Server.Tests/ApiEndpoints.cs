using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Server.Tests;

/// <summary>Every endpoint the server maps under /api, and /health, read from its routing table, so that tests that
/// visit them all cannot miss a new one.</summary>
internal static partial class ApiEndpoints
{
    /// <summary>Each endpoint's method and route pattern, e.g. ("POST", "/api/alerts/{number:long}/acknowledge").</summary>
    public static List<(string Method, string Pattern)> Of(IServiceProvider services)
    {
        var sources = services.GetRequiredService<EndpointDataSource>();
        return [.. sources.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw.StartsWith("/api", StringComparison.Ordinal) || raw == "/health"))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, "/" + e.RoutePattern.RawText!.Trim('/'))))
            .Distinct()];
    }

    /// <summary>A URL from a route pattern: each parameter ("{id}", "{mmsi:int}") replaced by the value for its name.</summary>
    public static string Fill(string pattern, Func<string, string> value) => Parameter().Replace(pattern, m => value(m.Groups[1].Value));

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex Parameter();
}
