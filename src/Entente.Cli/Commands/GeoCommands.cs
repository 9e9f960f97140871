using System.CommandLine;
using System.Globalization;
using Entente.Core.Positions;
using Entente.Geo.Geography;
using Entente.Geo.Queries;

namespace Entente.Cli.Commands;

/// <summary>entente geo ...: questions about the Channel geography.</summary>
internal static class GeoCommands
{
    public static Command Create()
    {
        var geo = new Command("geo", "Questions about the Channel geography.");
        var lat = new Argument<string>("LAT") { Description = "Latitude in decimal degrees, e.g. 50.95" };
        var lon = new Argument<string>("LON") { Description = "Longitude in decimal degrees, e.g. 1.55 (west is negative)" };
        var where = new Command("where", "Name the zones holding a position and the nearest places.") { lat, lon };
        where.SetAction((parse, _) => WhereAsync(parse.GetRequiredValue(lat), parse.GetRequiredValue(lon), parse.InvocationConfiguration.Output));
        geo.Add(where);
        return geo;
    }

    private static async Task<int> WhereAsync(string latText, string lonText, TextWriter output)
    {
        var latitude = ParseDegrees(latText, "latitude", 90);
        var longitude = ParseDegrees(lonText, "longitude", 180);
        var description = ChannelGeography.LoadDefault().Describe(GeoPosition.FromDegrees(latitude, longitude));
        await output.WriteLineAsync(description.Text);
        foreach (var line in Details(description))
        {
            await output.WriteLineAsync("  " + line);
        }

        return 0;
    }

    private static IEnumerable<string> Details(LocationDescription d)
    {
        var c = CultureInfo.InvariantCulture;
        yield return string.Create(c, $"position: {d.Position}");
        foreach (var zone in d.Zones)
        {
            yield return $"zone: {zone.Name} [{zone.Id}]";
        }

        if (d.NearestPlace is { } place)
        {
            yield return string.Create(c,
                $"nearest beach or landing: {place.Place.Name}, {place.DistanceNauticalMiles:F1} nm, position bears {place.BearingFromPlaceDegrees:F0}° from it");
        }

        if (d.NearestLifeboatStation is { } station)
        {
            yield return string.Create(c,
                $"nearest lifeboat station: {station.Place.Name}, {station.DistanceNauticalMiles:F1} nm");
        }

        yield return d.OnLand
            ? "on land"
            : string.Create(c, $"distance to coast: {Core.Units.UnitConversions.MetresToNauticalMiles(d.DistanceToCoastMetres):F1} nm");
    }

    private static double ParseDegrees(string text, string what, double limit)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new CommandInputException($"{what} '{text}' is not a number: give decimal degrees, e.g. 50.95.");
        }

        if (Math.Abs(value) > limit)
        {
            throw new CommandInputException(string.Create(CultureInfo.InvariantCulture,
                $"{what} {value} is out of range: it must be between -{limit} and {limit} degrees."));
        }

        return value;
    }
}
