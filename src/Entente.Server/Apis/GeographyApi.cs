using System.Globalization;
using Entente.Core.Positions;
using Entente.Geo.Geography;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Server.Apis;

/// <summary>/api/geography: the Channel's map layers, and where a position is.</summary>
public static class GeographyApi
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The route builder.</param>
    /// <returns>The same builder.</returns>
    public static IEndpointRouteBuilder MapGeographyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/geography").WithTags("Geography");
        api.MapGet("/", GetGeography)
            .WithName("GetGeography")
            .WithSummary("Every layer of the Channel geography as one GeoJSON FeatureCollection (WGS84).")
            .Produces(StatusCodes.Status200OK, contentType: "application/geo+json");
        api.MapGet("/where", Where)
            .WithName("GetWhere")
            .WithSummary("The zones holding a position, the nearest places, and the distance to the coast.")
            .ProducesValidationProblem();
        return app;
    }

    private static IResult GetGeography(ChannelGeography geography) =>
        Results.Bytes(geography.ToGeoJson(), "application/geo+json");

    private static Results<Ok<WhereResponse>, ValidationProblem> Where(string? lat, string? lon, ChannelGeography geography)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var latitude = Parse(lat, "lat", -90, 90, errors);
        var longitude = Parse(lon, "lon", -180, 180, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The position is not valid.");
        }

        var description = geography.Describe(GeoPosition.FromDegrees(latitude, longitude));
        return TypedResults.Ok(WhereResponse.From(description));
    }

    private static double Parse(string? text, string name, double min, double max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text) ||
            !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ||
            !double.IsFinite(value) || value < min || value > max)
        {
            errors[name] = [string.Create(CultureInfo.InvariantCulture,
                $"'{name}' must be a number of decimal degrees from {min} to {max}; got '{text}'.")];
            return double.NaN;
        }

        return value;
    }
}
