using System.Globalization;
using Microsoft.AspNetCore.Http.Features;

namespace Entente.Server.Security;

/// <summary>
/// The largest request body, for every endpoint but the detections feed (which sets its own): a declared length over
/// the limit is refused at once with 413 and a ProblemDetails body, and the server's own limit stops a body that lies
/// about its length or has none.
/// </summary>
internal static class RequestBodyLimit
{
    /// <summary>Adds the limit.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The same application.</returns>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api/feed/detections", StringComparison.Ordinal))
            {
                var max = context.RequestServices.GetRequiredService<SecurityOptions>().MaxRequestBodyBytes;
                if (context.Request.ContentLength > max)
                {
                    await TypedResults.Problem(string.Create(CultureInfo.InvariantCulture, $"The body is larger than {max} bytes."),
                        statusCode: StatusCodes.Status413PayloadTooLarge, title: "The body is too large.").ExecuteAsync(context).ConfigureAwait(false);
                    return;
                }

                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                {
                    limit.MaxRequestBodySize = max;
                }
            }

            await next(context).ConfigureAwait(false);
        });
}
