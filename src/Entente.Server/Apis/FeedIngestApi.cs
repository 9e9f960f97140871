using System.Buffers;
using System.Globalization;
using Entente.Server.Feeds;
using Entente.Server.Security;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Entente.Server.Apis;

/// <summary>
/// POST /api/feed/detections: detection records as JSON lines (docs/formats/detections.md) from a sensor gateway, when
/// <c>Feeds:Detections:Http:Enabled</c> is true. Good lines are taken and bad ones counted with their line numbers;
/// a body of only bad lines is refused whole. Never 500 for what a sender sends.
/// </summary>
public static class FeedIngestApi
{
    private static readonly string[] MediaTypes = ["application/x-ndjson", "application/jsonl", "text/plain"];

    /// <summary>Maps the endpoint.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The same builder.</returns>
    public static IEndpointRouteBuilder MapFeedIngestApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(RealFeeds.HttpPath, PostDetectionsAsync)
            .RequireAuthorization(Access.SendDetections)
            .WithName("PostDetections")
            .WithSummary("Detection records as JSON lines (application/x-ndjson or text/plain): 202 with counts and the first errors.")
            .WithTags("Feed")
            .Accepts<string>(MediaTypes[0], MediaTypes[1..]);
        return app;
    }

    private static async Task<Results<Accepted<FeedIngestResponse>, ProblemHttpResult>> PostDetectionsAsync(HttpRequest request, RealFeeds feeds,
        AuditTrail audit, CancellationToken cancellationToken)
    {
        if (!feeds.HttpEnabled)
        {
            return TypedResults.Problem("The HTTP detections feed is off: set Feeds:Detections:Http:Enabled to true.",
                statusCode: StatusCodes.Status404NotFound, title: "Not found.");
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) ||
            !MediaTypes.Contains(mediaType.MediaType.Value, StringComparer.OrdinalIgnoreCase))
        {
            return TypedResults.Problem($"Send JSON lines as {string.Join(" or ", MediaTypes)}, not '{request.ContentType}'.",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type.");
        }

        var max = feeds.HttpMaxBodyBytes;
        if (request.ContentLength > max || await ReadAsync(request, max, cancellationToken).ConfigureAwait(false) is not { } body)
        {
            return TypedResults.Problem(string.Create(CultureInfo.InvariantCulture, $"The body is larger than {max} bytes: send the records in smaller parts."),
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "The body is too large.");
        }

        var (accepted, rejected, errors) = await feeds.AcceptAsync(body, cancellationToken).ConfigureAwait(false);
        if (accepted + rejected == 0)
        {
            return Problems.BadRequest("The body holds no detection lines: send one JSON object per line (docs/formats/detections.md).");
        }

        if (accepted == 0)
        {
            return TypedResults.Problem(string.Create(CultureInfo.InvariantCulture, $"No line is a valid detection ({rejected} rejected); the first error: {errors[0]}"),
                statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid.",
                extensions: new Dictionary<string, object?> { ["rejected"] = rejected, ["errors"] = errors });
        }

        // Each batch taken is on the record, by the sender's account (the address when none is signed in).
        await audit.RecordDoneAsync(() => [audit.Entry("feed.ingest", "detections-http",
            string.Create(CultureInfo.InvariantCulture, $"{accepted} accepted, {rejected} rejected"),
            request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "anonymous", "none")]).ConfigureAwait(false);
        return TypedResults.Accepted((string?)null, new FeedIngestResponse(accepted, rejected, errors));
    }

    // The body up to the limit, or null when it is longer.
    private static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, long max, CancellationToken cancellationToken)
    {
        // The server's own limit (30 MB by default) must not cut a larger configured one short with a less clear answer.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max + 1;
        }

        using var body = new MemoryStream();
        var buffer = ArrayPool<byte>.Shared.Rent(81_920);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (body.Length + read > max)
                {
                    return null;
                }

                body.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return body.GetBuffer().AsMemory(0, (int)body.Length);
    }
}
