using System.Globalization;

namespace Entente.Sar.Forcing.NetCdf;

/// <summary>
/// Finds a pair of velocity components in an open file by their CF standard names and reads them, with their time,
/// latitude and longitude coordinates, into a <see cref="NetCdfVectorField"/>.
/// </summary>
internal sealed class NetCdfFieldReader
{
    // Guards memory: a file bigger than this (unpacked, both components) must be cut to the area and period first.
    private const long MaximumValues = 400_000_000;

    private readonly NetCdfFile _file;
    private readonly Dictionary<string, int> _byStandardName = new(StringComparer.Ordinal);
    private readonly List<(string Name, int[] Dimensions)> _variables = [];

    /// <summary>Indexes the file's variables.</summary>
    /// <param name="file">The open file.</param>
    public NetCdfFieldReader(NetCdfFile file)
    {
        _file = file;
        for (var id = 0; id < file.VariableCount(); id++)
        {
            _variables.Add((file.VariableName(id), file.Dimensions(id)));
            if (file.Text(id, "standard_name") is { Length: > 0 } standardName)
            {
                _byStandardName.TryAdd(standardName, id);
            }
        }
    }

    /// <summary>Reads the first pair of standard names that the file holds both of.</summary>
    /// <param name="quantity">"wind" or "current", for descriptions and messages.</param>
    /// <param name="pairs">(east, north) standard names, in order of preference.</param>
    /// <returns>The field, or null when the file holds neither name of any pair.</returns>
    /// <exception cref="FormatException">The file holds one component without the other, or the variables are unusable.</exception>
    public NetCdfVectorField? Read(string quantity, IReadOnlyList<(string East, string North)> pairs)
    {
        foreach (var (eastName, northName) in pairs)
        {
            var hasEast = _byStandardName.TryGetValue(eastName, out var east);
            var hasNorth = _byStandardName.TryGetValue(northName, out var north);
            if (hasEast && hasNorth)
            {
                return Read(quantity, east, north);
            }

            if (hasEast || hasNorth)
            {
                throw Fail($"it has {(hasEast ? eastName : northName)} but not {(hasEast ? northName : eastName)}.");
            }
        }

        return null;
    }

    private NetCdfVectorField Read(string quantity, int east, int north)
    {
        var (eastName, dimensions) = _variables[east];
        var northName = _variables[north].Name;
        if (!dimensions.SequenceEqual(_variables[north].Dimensions))
        {
            throw Fail($"{eastName} and {northName} do not share dimensions.");
        }

        var names = string.Join(", ", dimensions.Select(_file.DimensionName));
        if (dimensions.Length is not (3 or 4))
        {
            throw Fail($"{eastName} has dimensions ({names}); expected (time, [one level,] latitude, longitude).");
        }

        if (dimensions.Length == 4 && _file.DimensionLength(dimensions[1]) != 1)
        {
            throw Fail($"{eastName} has {_file.DimensionLength(dimensions[1])} levels on {_file.DimensionName(dimensions[1])}; cut the file to one level.");
        }

        var times = ReadTimes(dimensions[0], eastName, names);
        var (latitudeVariable, latitudes) = ReadAxis(dimensions[^2], IsLatitude, "latitude", eastName, names);
        var (longitudeVariable, longitudes) = ReadAxis(dimensions[^1], IsLongitude, "longitude", eastName, names);
        if ((long)times.Length * latitudes.Length * longitudes.Length * 2 > MaximumValues)
        {
            throw Fail(string.Create(CultureInfo.InvariantCulture,
                $"{eastName} has {times.Length} × {latitudes.Length} × {longitudes.Length} values, too many to hold; cut the file to the area and period needed."));
        }

        var latitudeOrder = Order(latitudes, latitudeVariable, normalise: false);
        var longitudeOrder = Order(longitudes, longitudeVariable, normalise: true);
        NetCdfGrid grid;
        try
        {
            grid = new NetCdfGrid(latitudes, longitudes);
        }
        catch (FormatException e)
        {
            throw Fail(e.Message);
        }

        var eastUnpacker = new CfUnpacker(_file, east, eastName);
        var northUnpacker = new CfUnpacker(_file, north, northName);
        var slices = new double[times.Length][];
        var raw = new double[latitudes.Length * longitudes.Length];
        var start = new long[dimensions.Length];
        var count = Enumerable.Repeat(1L, dimensions.Length).ToArray();
        (count[^2], count[^1]) = (latitudes.Length, longitudes.Length);
        for (var t = 0; t < times.Length; t++)
        {
            start[0] = t;
            var slice = new double[2 * raw.Length];
            _file.Read(east, start, count, raw, eastName);
            Place(raw, slice, 0, eastUnpacker, latitudeOrder, longitudeOrder);
            _file.Read(north, start, count, raw, northName);
            Place(raw, slice, 1, northUnpacker, latitudeOrder, longitudeOrder);
            slices[t] = slice;
        }

        return new NetCdfVectorField(quantity, _file.Name, eastName, northName, grid, times, slices);
    }

    // Copies one component into an interleaved slice in grid order (latitudes and longitudes increasing), unpacked.
    private static void Place(double[] raw, double[] slice, int component, CfUnpacker unpacker, int[] latitudeOrder, int[] longitudeOrder)
    {
        var columns = longitudeOrder.Length;
        for (var i = 0; i < latitudeOrder.Length; i++)
        {
            var row = latitudeOrder[i] * columns;
            var target = 2 * i * columns;
            for (var j = 0; j < columns; j++)
            {
                slice[target + (2 * j) + component] = unpacker.Unpack(raw[row + longitudeOrder[j]]);
            }
        }
    }

    private long[] ReadTimes(int dimension, string variable, string names)
    {
        var coordinate = Coordinate(dimension);
        var units = coordinate is { } id ? _file.Text(id, "units") : null;
        if (coordinate is not { } timeId || units is null || !units.Contains(" since ", StringComparison.OrdinalIgnoreCase))
        {
            throw Fail($"{variable} has dimensions ({names}); its first, {_file.DimensionName(dimension)}, has no time coordinate with units \"<unit> since <date>\"{(units is null ? "" : $" (units \"{units}\")")}.");
        }

        var values = ReadAll(timeId, dimension);
        if (values.Length == 0)
        {
            throw Fail($"{_variables[timeId].Name} holds no times.");
        }

        CfTimeUnits cf;
        try
        {
            cf = CfTimeUnits.Parse(units, _file.Text(timeId, "calendar"));
        }
        catch (FormatException e)
        {
            throw Fail($"{_variables[timeId].Name}: {e.Message}");
        }

        var ticks = new long[values.Length];
        for (var k = 0; k < values.Length; k++)
        {
            try
            {
                ticks[k] = cf.ToTime(values[k]).UtcTicks;
            }
            catch (FormatException e)
            {
                throw Fail($"{_variables[timeId].Name}: {e.Message}");
            }

            if (k > 0 && ticks[k] <= ticks[k - 1])
            {
                throw Fail($"{_variables[timeId].Name}: times are not strictly increasing (value {k + 1}).");
            }
        }

        return ticks;
    }

    private (string Name, double[] Values) ReadAxis(int dimension, Func<int, bool> isAxis, string axis, string variable, string names)
    {
        if (Coordinate(dimension) is not { } id || !isAxis(id))
        {
            throw Fail($"{variable} has dimensions ({names}); expected (time, [one level,] latitude, longitude), but {_file.DimensionName(dimension)} has no {axis} coordinate (standard_name {axis} or units degrees_{(axis == "latitude" ? "north" : "east")}).");
        }

        var values = ReadAll(id, dimension);
        if (values.Length < 2)
        {
            throw Fail($"{_variables[id].Name} has {values.Length} value(s); a grid needs at least two {axis}s.");
        }

        if (axis == "latitude" && values.Any(v => Math.Abs(v) > 90))
        {
            throw Fail($"{_variables[id].Name} holds latitudes beyond ±90°.");
        }

        return (_variables[id].Name, values);
    }

    private double[] ReadAll(int variable, int dimension)
    {
        var length = _file.DimensionLength(dimension);
        var values = new double[length];
        _file.Read(variable, [0], [length], values, _variables[variable].Name);
        var unpacker = new CfUnpacker(_file, variable, _variables[variable].Name);
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = unpacker.Unpack(values[k]);
            if (!double.IsFinite(values[k]))
            {
                throw Fail($"{_variables[variable].Name}: value {k + 1} is missing or not finite.");
            }
        }

        return values;
    }

    // The 1-D variable over a dimension: by CF, the one named like the dimension; failing that, the only other.
    private int? Coordinate(int dimension)
    {
        var name = _file.DimensionName(dimension);
        var candidates = Enumerable.Range(0, _variables.Count).Where(v => _variables[v].Dimensions is [var d] && d == dimension).ToList();
        return candidates.FirstOrDefault(v => _variables[v].Name == name, -1) is var named and >= 0 ? named
            : candidates.Count == 1 ? candidates[0] : null;
    }

    private bool IsLatitude(int id) =>
        _file.Text(id, "standard_name") == "latitude" || _file.Text(id, "units") is "degrees_north" or "degree_north" or "degrees_N" or "degree_N" or "degreesN" or "degreeN";

    private bool IsLongitude(int id) =>
        _file.Text(id, "standard_name") == "longitude" || _file.Text(id, "units") is "degrees_east" or "degree_east" or "degrees_E" or "degree_E" or "degreesE" or "degreeE";

    // The order that makes the coordinates increase (longitudes first brought within 180° of the central meridian),
    // checked to be strictly increasing; the coordinates are sorted in place.
    private int[] Order(double[] coordinates, string variable, bool normalise)
    {
        if (normalise)
        {
            for (var k = 0; k < coordinates.Length; k++)
            {
                coordinates[k] = NetCdfGrid.NormaliseLongitude(coordinates[k]);
            }
        }

        var order = Enumerable.Range(0, coordinates.Length).ToArray();
        Array.Sort((double[])coordinates.Clone(), order);
        Array.Sort(coordinates);
        for (var k = 1; k < coordinates.Length; k++)
        {
            if (!(coordinates[k] > coordinates[k - 1]))
            {
                throw Fail(string.Create(CultureInfo.InvariantCulture, $"{variable} repeats the value {coordinates[k]}."));
            }
        }

        return order;
    }

    private FormatException Fail(string reason) => new($"{_file.Name}: {reason}");
}
