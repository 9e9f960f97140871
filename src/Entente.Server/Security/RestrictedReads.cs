using System.Globalization;
using Entente.Core.Sharing;
using Entente.Server.Apis;

namespace Entente.Server.Security;

/// <summary>
/// Puts every read of restricted data in the audit log: an endpoint filter that looks at what a GET returns and, when
/// anything in it is not released to both states (a France-only track, a note for the UK alone), appends one
/// <c>read:restricted</c> entry naming the request and the labels read, before the answer goes out. Reads of data
/// released to both states are not entered: they are the shared picture.
/// </summary>
internal static class RestrictedReads
{
    /// <summary>The endpoint filter.</summary>
    /// <param name="context">The invocation.</param>
    /// <param name="next">The endpoint.</param>
    /// <returns>The endpoint's result, or 503 when the read could not be put on the record.</returns>
    public static async ValueTask<object?> AuditAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var result = await next(context).ConfigureAwait(false);
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) || Value(result) is not { } value)
        {
            return result;
        }

        var restricted = Shareables(value).Select(s => s.Provenance.Releasability).Where(r => !r.ReleasedToBothStates).ToList();
        if (restricted.Count == 0)
        {
            return result;
        }

        var labels = string.Join(", ", restricted.GroupBy(r => r.Label).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} ×{g.Count()}")));
        var audit = http.RequestServices.GetRequiredService<AuditTrail>();
        try
        {
            await audit.RecordAsync([audit.Entry("read:restricted", http.Request.Path + http.Request.QueryString,
                string.Create(CultureInfo.InvariantCulture, $"{restricted.Count} restricted: {labels}"), "anonymous", "none")]).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or ObjectDisposedException)
        {
            // Restricted data goes out only on the record.
            return Problems.Unrecorded("The read");
        }

        return result;
    }

    private static object? Value(object? result)
    {
        while (result is INestedHttpResult nested)
        {
            result = nested.Result;
        }

        return result is IValueHttpResult { Value: { } value } ? value : null;
    }

    private static IEnumerable<IShareable> Shareables(object value) => value switch
    {
        IShareable one => [one],
        TracksResponse frame => frame.Tracks,
        TrackDetailResponse track => [track.Track],
        IncidentDetailResponse incident => [incident.Incident, .. incident.Log],
        IEnumerable<IShareable> many => many,
        _ => [],
    };
}
