using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Entente.Server.Security;

/// <summary>
/// Request rate limits: a token bucket per caller (the signed-in user, else the remote address), and a separate, larger
/// one per feed posting detections, so that a busy feed never starves the people on the watch floor and a runaway
/// client cannot starve the others. A refused request gets 429 with Retry-After and a ProblemDetails body.
/// Health checks are never limited.
/// </summary>
internal static class RateLimiting
{
    /// <summary>Registers the limiter.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddEntenteRateLimiter(this IServiceCollection services)
    {
        services.AddSingleton(sp => SecurityOptions.Read(sp.GetRequiredService<IConfiguration>()));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<SecurityOptions>((limiter, security) =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, security));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = "1";
                await TypedResults.Problem("Too many requests: slow down and try again in a second.", statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests.").ExecuteAsync(rejected.HttpContext).ConfigureAwait(false);
            };
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, SecurityOptions security)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/health", StringComparison.Ordinal))
        {
            return RateLimitPartition.GetNoLimiter("health");
        }

        var caller = context.User.Identity?.IsAuthenticated == true
            ? "user:" + context.User.Identity.Name
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        var feed = path.StartsWithSegments("/api/feed/detections", StringComparison.Ordinal);
        var perSecond = feed ? security.FeedRequestsPerSecond : security.RequestsPerSecond;
        var burst = feed ? Math.Max(security.Burst, security.FeedRequestsPerSecond * 2) : security.Burst;
        return RateLimitPartition.GetTokenBucketLimiter((feed ? "feed:" : "") + caller, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = perSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }
}
