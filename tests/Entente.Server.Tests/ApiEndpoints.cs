using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Server.Tests;

/// <summary>Every endpoint the server maps under /api, and /health, read from its routing table, so that tests that
/// visit them all cannot miss a new one.</summary>
internal static class ApiEndpoints
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
}
