using System.Data.Common;
using System.Globalization;
using Entente.Geo.Features;
using Entente.Geo.Geography;
using Entente.Statistics.Operational;
using Entente.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Server.Apis;

/// <summary>/api/stats/operational: what Entente's own records (the event store) say of a range of nights.</summary>
public static class OperationalStatisticsApi
{
    /// <summary>Nights shown when no range is given: the latest that have records, at most this many.</summary>
    public const int DefaultNights = 31;

    /// <summary>Maps the endpoint.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The same builder.</returns>
    public static IEndpointRouteBuilder MapOperationalStatisticsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stats/operational", GetAsync)
            .WithTags("Statistics")
            .WithName("GetOperationalStatistics")
            .WithSummary("Launches, boats and people by outcome, incidents, handovers and response times over a range of nights (noon to noon UTC).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<Results<Ok<OperationalStatsResponse>, ProblemHttpResult>> GetAsync(string? from, string? to, IDatabase database,
        ChannelGeography geography, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!TryParseNight(from, "from", out var first, out var error) || !TryParseNight(to, "to", out var last, out error))
        {
            return Problems.BadRequest(error!);
        }

        OperationalRecords records;
        try
        {
            records = await OperationalRecordReader.ReadStoreAsync(database.Events, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "The records could not be read.");
        }

        var (firstNight, lastNight) = Range(first, last, OperationalStatistics.NightsWithRecords(records), OperationalNight.Of(clock.GetUtcNow()));
        if (lastNight < firstNight)
        {
            return Problems.BadRequest(string.Create(CultureInfo.InvariantCulture, $"'from' ({firstNight:yyyy-MM-dd}) is after 'to' ({lastNight:yyyy-MM-dd})."));
        }

        if (lastNight.DayNumber - firstNight.DayNumber + 1 > OperationalStatistics.MaxNights)
        {
            return Problems.BadRequest($"A range covers at most {OperationalStatistics.MaxNights} nights.");
        }

        var report = OperationalStatistics.Compute(records, firstNight, lastNight);
        var beaches = geography.OfKind(FeatureKind.LaunchBeach)
            .Select(b =>
            {
                var centre = b.GeometryDegrees.Centroid;
                return new BeachLaunchesResponse(b.Id, b.Name, Math.Round(centre.Y, 6), Math.Round(centre.X, 6), report.Total.LaunchesByBeach.GetValueOrDefault(b.Id));
            })
            .OrderBy(b => b.Id, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(new OperationalStatsResponse(firstNight, lastNight, OperationalPeriodResponse.From(report.Total),
            [.. report.Nights.Select(OperationalPeriodResponse.From)], beaches));
    }

    /// <summary>The range asked for; a side not given comes from the nights that have records (the latest
    /// <see cref="DefaultNights"/> of them), or is the other side, or tonight when there are none.</summary>
    private static (DateOnly First, DateOnly Last) Range(DateOnly? from, DateOnly? to, IReadOnlyList<DateOnly> nights, DateOnly tonight)
    {
        var last = to ?? (nights.Count > 0 && (from is null || nights[^1] >= from) ? nights[^1] : from ?? tonight);
        if (from is { } f)
        {
            return (f, last);
        }

        var earliest = nights.Where(n => n <= last).DefaultIfEmpty(last).Min();
        var window = last.AddDays(-(DefaultNights - 1));
        return (earliest > window ? earliest : window, last);
    }

    private static bool TryParseNight(string? text, string name, out DateOnly? night, out string? error)
    {
        night = null;
        error = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            night = value;
            return true;
        }

        error = $"'{name}' must be a night's date as YYYY-MM-DD; got '{(text.Length > 40 ? text[..40] + "…" : text)}'.";
        return false;
    }
}
