using Entente.Server.Streaming;
using Microsoft.AspNetCore.Http.Features;

namespace Entente.Server.Apis;

/// <summary>The live picture pushed to browsers as server-sent events: <c>frame</c>, <c>alerts</c> and <c>incidents</c>,
/// each with only what is releasable to the signed-in user's agency (nothing without one).
/// A slow client is sent the latest of each, never a backlog (<see cref="StreamSubscriber"/>).</summary>
public static class StreamApi
{
    /// <summary>A comment line sent when nothing else was, so that proxies keep the connection and a dead one is found.</summary>
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    /// <summary>Maps the endpoint.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The same builder.</returns>
    public static IEndpointRouteBuilder MapStreamApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stream", Stream).WithTags("Picture").WithName("StreamPicture")
            .WithSummary("Server-sent events: frame {time, sentAt, tracks, night}, alerts and incidents; the latest of each on connecting.")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream");
        return app;
    }

    private static async Task Stream(HttpContext http, System.Security.Claims.ClaimsPrincipal user, PictureBroadcaster broadcaster, IHostApplicationLifetime lifetime,
        Security.AuditTrail audit)
    {
        // The stream carries whatever the user's agency may see, restricted data included: each connection is on the record.
        var agency = Security.EntenteClaims.Agency(user);
        try
        {
            await audit.RecordAsync([audit.Entry("read:stream", "/api/stream", $"the live picture as released to {agency?.Id.Code ?? "no agency"}",
                "anonymous", "none")]).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or ObjectDisposedException)
        {
            await Problems.Unrecorded("The connection").ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        // Ends with the request or with the server, so that an open stream never holds up a shutdown.
        using var done = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var (id, subscriber) = broadcaster.Subscribe(agency);
        try
        {
            await http.Response.Body.WriteAsync("retry: 2000\n\n"u8.ToArray(), done.Token).ConfigureAwait(false);
            await http.Response.Body.FlushAsync(done.Token).ConfigureAwait(false);
            while (!done.IsCancellationRequested)
            {
                var events = await subscriber.TakeAsync(KeepAlive, done.Token).ConfigureAwait(false);
                if (events.Count == 0)
                {
                    await http.Response.Body.WriteAsync(": keep-alive\n\n"u8.ToArray(), done.Token).ConfigureAwait(false);
                }

                foreach (var payload in events)
                {
                    await http.Response.Body.WriteAsync(payload, done.Token).ConfigureAwait(false);
                }

                await http.Response.Body.FlushAsync(done.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The client went away or the server is stopping.
        }
        catch (IOException)
        {
            // The connection broke mid-write.
        }
        finally
        {
            broadcaster.Unsubscribe(id);
        }
    }
}
