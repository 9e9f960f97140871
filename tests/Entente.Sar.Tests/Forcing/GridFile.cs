namespace Entente.Sar.Tests.Forcing;

/// <summary>A (time, [level,] lat, lon) velocity file for the reader tests, written through <see cref="NetCdfWriter"/>.</summary>
internal sealed record GridFile
{
    public static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public string TimeUnits { get; init; } = "hours since 2024-01-01 00:00:00";

    public string? Calendar { get; init; }

    public double[] Times { get; init; } = [0, 6, 12];

    public double[] Latitudes { get; init; } = [50.5, 50.75, 51.0, 51.25];

    // Uneven spacing at the end, so that the reader's search, not a constant step, finds the cell.
    public double[] Longitudes { get; init; } = [1.0, 1.25, 1.5, 1.75, 2.0, 2.5];

    public string EastStandardName { get; init; } = "x_wind";

    public string NorthStandardName { get; init; } = "y_wind";

    public int Type { get; init; } = NetCdfWriter.Double;

    public bool Level { get; init; }

    public string? Units { get; init; } = "m s-1";

    public (string Name, object Value)[] DataAttributes { get; init; } = [];

    /// <summary>The stored east value at (time index, latitude, longitude).</summary>
    public Func<int, double, double, double> East { get; init; } = (_, _, _) => 0;

    /// <summary>The stored north value at (time index, latitude, longitude).</summary>
    public Func<int, double, double, double> North { get; init; } = (_, _, _) => 0;

    public NetCdfWriter ToWriter(string prefix = "")
    {
        var dimensions = Level ? new[] { "time", "depth", "lat", "lon" } : ["time", "lat", "lon"];
        var writer = new NetCdfWriter()
            .Dimension("time", Times.Length)
            .Dimension("lat", Latitudes.Length)
            .Dimension("lon", Longitudes.Length);
        if (Level)
        {
            writer.Dimension("depth", 1).Variable("depth", NetCdfWriter.Double, ["depth"], [0.5], ("units", "m"), ("positive", "down"));
        }

        var timeAttributes = new List<(string, object)> { ("units", TimeUnits), ("standard_name", "time") };
        if (Calendar is not null)
        {
            timeAttributes.Add(("calendar", Calendar));
        }

        writer.Variable("time", NetCdfWriter.Double, ["time"], Times, [.. timeAttributes])
            .Variable("lat", NetCdfWriter.Double, ["lat"], Latitudes, ("standard_name", "latitude"), ("units", "degrees_north"))
            .Variable("lon", NetCdfWriter.Double, ["lon"], Longitudes, ("units", "degrees_east"));
        var common = new List<(string, object)>(DataAttributes);
        if (Units is not null)
        {
            common.Add(("units", Units));
        }

        writer.Variable(prefix + "u", Type, dimensions, Values(East), [("standard_name", EastStandardName), .. common])
            .Variable(prefix + "v", Type, dimensions, Values(North), [("standard_name", NorthStandardName), .. common]);
        return writer;
    }

    public string Write(string directory, string name, int format = NetCdfWriter.ClassicFormat, bool stringAttributes = false)
    {
        var path = Path.Combine(directory, name);
        ToWriter().Write(path, format, stringAttributes);
        return path;
    }

    private double[] Values(Func<int, double, double, double> value)
    {
        var values = new double[Times.Length * Latitudes.Length * Longitudes.Length];
        var k = 0;
        for (var t = 0; t < Times.Length; t++)
        {
            foreach (var latitude in Latitudes)
            {
                foreach (var longitude in Longitudes)
                {
                    values[k++] = value(t, latitude, longitude);
                }
            }
        }

        return values;
    }
}
