namespace Entente.Testing.NetCdf;

/// <summary>A CF (time, [level,] lat, lon) velocity file, variables <c>u</c> and <c>v</c>, written through
/// <see cref="NetCdfWriter"/>: by default wind (x_wind, y_wind) in m s-1, three times 6 h apart from <see cref="Start"/>,
/// over 50.5–51.25°N, 1–2.5°E, all zero.</summary>
public sealed record GridFile
{
    /// <summary>The time the default time units count from: 2024-01-01 00:00 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The time variable's CF units.</summary>
    public string TimeUnits { get; init; } = "hours since 2024-01-01 00:00:00";

    /// <summary>The time variable's calendar attribute, if any.</summary>
    public string? Calendar { get; init; }

    /// <summary>The times, in <see cref="TimeUnits"/>.</summary>
    public IReadOnlyList<double> Times { get; init; } = [0, 6, 12];

    /// <summary>The latitudes, degrees north.</summary>
    public IReadOnlyList<double> Latitudes { get; init; } = [50.5, 50.75, 51.0, 51.25];

    /// <summary>The longitudes, degrees east.</summary>
    /// <remarks>Uneven spacing at the end, so that the reader's search, not a constant step, finds the cell.</remarks>
    public IReadOnlyList<double> Longitudes { get; init; } = [1.0, 1.25, 1.5, 1.75, 2.0, 2.5];

    /// <summary>The east component's CF standard name.</summary>
    public string EastStandardName { get; init; } = "x_wind";

    /// <summary>The north component's CF standard name.</summary>
    public string NorthStandardName { get; init; } = "y_wind";

    /// <summary>The components' stored type (<see cref="NetCdfWriter.TypeDouble"/> etc.).</summary>
    public int Type { get; init; } = NetCdfWriter.TypeDouble;

    /// <summary>Whether the components have a depth dimension of one level.</summary>
    public bool Level { get; init; }

    /// <summary>The components' units, or null for none.</summary>
    public string? Units { get; init; } = "m s-1";

    /// <summary>More attributes of both components.</summary>
    public IReadOnlyList<(string Name, object Value)> DataAttributes { get; init; } = [];

    /// <summary>The stored east value at (time index, latitude, longitude).</summary>
    public Func<int, double, double, double> East { get; init; } = (_, _, _) => 0;

    /// <summary>The stored north value at (time index, latitude, longitude).</summary>
    public Func<int, double, double, double> North { get; init; } = (_, _, _) => 0;

    /// <summary>The file's writer, to add more before writing.</summary>
    /// <param name="prefix">Put before the component variables' names.</param>
    /// <returns>The writer.</returns>
    public NetCdfWriter ToWriter(string prefix = "")
    {
        var dimensions = Level ? new[] { "time", "depth", "lat", "lon" } : ["time", "lat", "lon"];
        var writer = new NetCdfWriter()
            .Dimension("time", Times.Count)
            .Dimension("lat", Latitudes.Count)
            .Dimension("lon", Longitudes.Count);
        if (Level)
        {
            writer.Dimension("depth", 1).Variable("depth", NetCdfWriter.TypeDouble, ["depth"], [0.5], ("units", "m"), ("positive", "down"));
        }

        var timeAttributes = new List<(string, object)> { ("units", TimeUnits), ("standard_name", "time") };
        if (Calendar is not null)
        {
            timeAttributes.Add(("calendar", Calendar));
        }

        writer.Variable("time", NetCdfWriter.TypeDouble, ["time"], [.. Times], [.. timeAttributes])
            .Variable("lat", NetCdfWriter.TypeDouble, ["lat"], [.. Latitudes], ("standard_name", "latitude"), ("units", "degrees_north"))
            .Variable("lon", NetCdfWriter.TypeDouble, ["lon"], [.. Longitudes], ("units", "degrees_east"));
        var common = new List<(string, object)>(DataAttributes);
        if (Units is not null)
        {
            common.Add(("units", Units));
        }

        writer.Variable(prefix + "u", Type, dimensions, Values(East), [("standard_name", EastStandardName), .. common])
            .Variable(prefix + "v", Type, dimensions, Values(North), [("standard_name", NorthStandardName), .. common]);
        return writer;
    }

    /// <summary>Writes the file.</summary>
    /// <param name="directory">The directory.</param>
    /// <param name="name">The file's name.</param>
    /// <param name="format">The format, see <see cref="NetCdfWriter.Write"/>.</param>
    /// <param name="stringAttributes">Text attributes as NC_STRING.</param>
    /// <returns>The file's path.</returns>
    public string Write(string directory, string name, int format = NetCdfWriter.ClassicFormat, bool stringAttributes = false)
    {
        var path = Path.Combine(directory, name);
        ToWriter().Write(path, format, stringAttributes);
        return path;
    }

    private double[] Values(Func<int, double, double, double> value)
    {
        var values = new double[Times.Count * Latitudes.Count * Longitudes.Count];
        var k = 0;
        for (var t = 0; t < Times.Count; t++)
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
