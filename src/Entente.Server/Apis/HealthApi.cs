using System.Reflection;
using Entente.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Server.Apis;

/// <summary>GET /health: is the server up, which version, and can it reach its database.</summary>
public static class HealthApi
{
    /// <summary>The version of this build.</summary>
    public static string Version { get; } =
        typeof(HealthApi).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Maps the endpoint.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The same builder.</returns>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealthAsync)
            .AllowAnonymous()
            .WithName("GetHealth")
            .WithSummary("Server version and database status; 503 when the database is not usable.")
            .WithTags("Health");
        return app;
    }

    private static async Task<JsonHttpResult<HealthReport>> GetHealthAsync(IDatabase database, CancellationToken cancellationToken)
    {
        var db = await database.CheckHealthAsync(cancellationToken);
        var report = new HealthReport(db.Healthy ? "healthy" : "unhealthy", Version,
            new DatabaseReport(db.Provider.ToString().ToLowerInvariant(), db.Healthy, db.SchemaVersion, db.ServerVersion,
                db.SpatialExtension, db.Message));
        return TypedResults.Json(report, statusCode: db.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
