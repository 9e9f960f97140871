using Entente.Core.Positions;
using Entente.Core.Projection;
using Entente.Sar.Forcing;
using Entente.Sar.Forcing.NetCdf;
using Entente.Testing;
using Entente.Testing.NetCdf;

namespace Entente.Sar.Tests.Forcing;

public sealed class NetCdfForcingTests : IDisposable
{
    private static readonly DateTimeOffset Start = GridFile.Start;
    private readonly DirectoryInfo _directory;

    public NetCdfForcingTests()
    {
        LibNetCdf.RequireInstalled();
        _directory = Directory.CreateTempSubdirectory("entente-netcdf-");
    }

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Open_FindsWindByStandardName()
    {
        var path = new GridFile { East = (_, _, _) => 3, North = (_, _, _) => -4 }.Write(_directory.FullName, "wind.nc");

        var forcing = NetCdfForcing.Open(path);

        Assert.Null(forcing.Current);
        var wind = Assert.IsType<NetCdfVectorField>(forcing.Wind);
        Assert.Equal(("u", "v"), (wind.EastVariableName, wind.NorthVariableName));
        Assert.Equal(Start, wind.FirstTime);
        Assert.Equal(Start.AddHours(12), wind.LastTime);
        Assert.Equal(3, wind.TimeCount);
        Assert.Equal((4, 6), wind.GridSize);
        Assert.Equal((50.5, 51.25, 1.0, 2.5), (wind.MinLatitudeDegrees, wind.MaxLatitudeDegrees, wind.MinLongitudeDegrees, wind.MaxLongitudeDegrees));
        Assert.Contains("wind from wind.nc", wind.Description, StringComparison.Ordinal);
        Assert.Equal((3, -4), At(wind, Start.AddHours(3), 50.9, 1.6), Close);
    }

    [Fact]
    public void Open_FindsEastwardCurrentOnOneDepthLevel()
    {
        var path = new GridFile
        {
            EastStandardName = "eastward_sea_water_velocity",
            NorthStandardName = "northward_sea_water_velocity",
            Level = true,
            East = (_, lat, _) => lat - 50,
            North = (_, _, lon) => lon,
        }.Write(_directory.FullName, "current.nc");

        var forcing = NetCdfForcing.Open(path);

        Assert.Null(forcing.Wind);
        Assert.NotNull(forcing.Current);
        Assert.Equal((0.75, 1.25), At(forcing.Current, Start, 50.75, 1.25), Close);
    }

    [Fact]
    public void Open_ReadsWindAndCurrentFromOneFile()
    {
        var writer = new GridFile { EastStandardName = "eastward_wind", NorthStandardName = "northward_wind", East = (_, _, _) => 7 }.ToWriter();
        var values = Enumerable.Repeat(0.5, 3 * 4 * 6).ToArray();
        writer.Variable("uo", NetCdfWriter.TypeFloat, ["time", "lat", "lon"], values, ("standard_name", "x_sea_water_velocity"), ("units", "m/s"))
            .Variable("vo", NetCdfWriter.TypeFloat, ["time", "lat", "lon"], values, ("standard_name", "y_sea_water_velocity"), ("units", "m/s"));
        var path = Path.Combine(_directory.FullName, "both.nc");
        writer.Write(path);

        var forcing = NetCdfForcing.Open(path);

        Assert.Equal((7, 0), At(forcing.Wind!, Start, 51, 2), Close);
        Assert.Equal((0.5, 0.5), At(forcing.Current!, Start, 51, 2), Close);
        Assert.Equal(("uo", "vo"), (forcing.Current!.EastVariableName, forcing.Current.NorthVariableName));
    }

    [Fact]
    public void Sample_AtGridNodes_GivesTheStoredValuesExactly()
    {
        var file = new GridFile { East = Noise(1), North = Noise(2) };
        var wind = NetCdfForcing.Open(file.Write(_directory.FullName, "nodes.nc")).Wind!;

        for (var t = 0; t < file.Times.Count; t++)
        {
            foreach (var latitude in file.Latitudes)
            {
                foreach (var longitude in file.Longitudes)
                {
                    var (east, north) = At(wind, Start.AddHours(file.Times[t]), latitude, longitude);
                    Assert.Equal(file.East(t, latitude, longitude), east, 1e-9);
                    Assert.Equal(file.North(t, latitude, longitude), north, 1e-9);
                }
            }
        }
    }

    [Fact]
    public void Sample_BetweenNodes_IsBilinearInLatitudeAndLongitude()
    {
        // A bilinear function of latitude and longitude is reproduced exactly by bilinear interpolation.
        static double Field(double lat, double lon) => 2 + (3 * (lat - 50)) - (4 * (lon - 1)) + (5 * (lat - 50) * (lon - 1));
        var wind = NetCdfForcing.Open(new GridFile { East = (_, lat, lon) => Field(lat, lon), North = (_, lat, lon) => -Field(lat, lon) }
            .Write(_directory.FullName, "bilinear.nc")).Wind!;

        var random = new Random(7);
        for (var k = 0; k < 200; k++)
        {
            var latitude = 50.5 + (random.NextDouble() * 0.75);
            var longitude = 1.0 + (random.NextDouble() * 1.5);
            var (east, north) = At(wind, Start.AddHours(5), latitude, longitude);
            Assert.Equal(Field(latitude, longitude), east, 1e-6);
            Assert.Equal(-Field(latitude, longitude), north, 1e-6);
        }
    }

    [Fact]
    public void Sample_BetweenTimes_IsLinearInTime()
    {
        var wind = NetCdfForcing.Open(new GridFile { East = (t, _, _) => 10 * t * t, North = (t, _, _) => 1 - t }
            .Write(_directory.FullName, "time.nc")).Wind!;

        Assert.Equal((2.5, 0.75), At(wind, Start.AddHours(1.5), 51, 1.5), Close);
        Assert.Equal((10 + (30 * 2.0 / 3), -2.0 / 3), At(wind, Start.AddHours(10), 51, 1.5), Close);
    }

    [Fact]
    public void Sample_OutsideTheTimes_HoldsTheFirstOrLast()
    {
        var wind = NetCdfForcing.Open(new GridFile { East = (t, _, _) => t + 1 }.Write(_directory.FullName, "hold.nc")).Wind!;

        Assert.Equal(1, At(wind, Start.AddHours(-5), 51, 1.5).East, 1e-12);
        Assert.Equal(3, At(wind, Start.AddDays(2), 51, 1.5).East, 1e-12);
    }

    [Fact]
    public void Sample_OutsideTheGrid_TakesTheNearestEdge()
    {
        var wind = NetCdfForcing.Open(new GridFile { East = (_, lat, _) => lat, North = (_, _, lon) => lon }
            .Write(_directory.FullName, "edge.nc")).Wind!;

        Assert.Equal((51.25, 1.5), At(wind, Start, 52.0, 1.5), Close);
        Assert.Equal((50.8, 2.5), At(wind, Start, 50.8, 3.5), Close);
        Assert.Equal((50.5, 1.0), At(wind, Start, 49.0, -1.0), Close);
    }

    [Fact]
    public void Open_DescendingLatitudesAndLongitudesFrom0To360_AreReordered()
    {
        var file = new GridFile
        {
            Latitudes = [51.25, 51.0, 50.75, 50.5],
            Longitudes = [358.0, 358.5, 359.0, 359.5],
            East = (_, lat, _) => lat,
            North = (_, _, lon) => lon - 360,
        };
        var wind = NetCdfForcing.Open(file.Write(_directory.FullName, "reordered.nc")).Wind!;

        Assert.Equal((-2.0, -0.5), (wind.MinLongitudeDegrees, wind.MaxLongitudeDegrees));
        Assert.Equal((50.9, -0.8), At(wind, Start, 50.9, -0.8), Close);
    }

    [Fact]
    public void Open_HonoursScaleFactorAndAddOffset()
    {
        // Shorts packed as value = stored × 0.01 + 1; the knots are converted to m/s.
        var wind = NetCdfForcing.Open(new GridFile
        {
            Type = NetCdfWriter.TypeShort,
            DataAttributes = [("scale_factor", 0.01), ("add_offset", 1.0)],
            East = (t, _, _) => 250 + t,
            North = (_, _, _) => -100,
        }.Write(_directory.FullName, "packed.nc")).Wind!;

        Assert.Equal((3.5, 0.0), At(wind, Start, 51, 1.5), Close);
        Assert.Equal(3.51, At(wind, Start.AddHours(6), 51, 1.5).East, 1e-9);
    }

    [Fact]
    public void Open_ConvertsKnotsAndCentimetresPerSecond()
    {
        var knots = NetCdfForcing.Open(new GridFile { Units = "knots", East = (_, _, _) => 10 }.Write(_directory.FullName, "knots.nc")).Wind!;
        var centimetres = NetCdfForcing.Open(new GridFile { Units = "cm s-1", East = (_, _, _) => 50 }.Write(_directory.FullName, "cm.nc")).Wind!;

        Assert.Equal(10 * 1852.0 / 3600, At(knots, Start, 51, 1.5).East, 1e-12);
        Assert.Equal(0.5, At(centimetres, Start, 51, 1.5).East, 1e-12);
    }

    [Fact]
    public void Open_UnknownVelocityUnits_FailsNamingThem()
    {
        var path = new GridFile { Units = "furlongs per fortnight" }.Write(_directory.FullName, "furlongs.nc");

        var error = Assert.Throws<FormatException>(() => NetCdfForcing.Open(path));

        Assert.Contains("furlongs.nc", error.Message, StringComparison.Ordinal);
        Assert.Contains("furlongs per fortnight", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_FillValues_CountAsZeroAndAreCounted()
    {
        // The node (51.0, 1.5) holds the fill value; every other node holds 2.
        static double Value(double lat, double lon) => lat == 51.0 && lon == 1.5 ? -999 : 2;
        var wind = NetCdfForcing.Open(new GridFile
        {
            Type = NetCdfWriter.TypeFloat,
            DataAttributes = [("_FillValue", -999.0)],
            East = (_, lat, lon) => Value(lat, lon),
            North = (_, lat, lon) => Value(lat, lon),
        }.Write(_directory.FullName, "fill.nc")).Wind!;

        Assert.Equal((0, 0), At(wind, Start, 51.0, 1.5), Close);
        Assert.Equal(1, wind.MissingValueSamples);
        Assert.Equal((2, 2), At(wind, Start, 51.0, 1.25), Close);
        Assert.Equal(1, wind.MissingValueSamples);
        Assert.Equal(1.0, At(wind, Start, 51.0, 1.375).East, 1e-6);
        Assert.Equal(2, wind.MissingValueSamples);
    }

    [Fact]
    public void Sample_MissingValueAttribute_AndTheDefaultFill_AreMissing()
    {
        var missing = NetCdfForcing.Open(new GridFile
        {
            DataAttributes = [("missing_value", 1e20)],
            East = (_, lat, _) => lat == 50.5 ? 1e20 : 1,
        }.Write(_directory.FullName, "missing.nc")).Wind!;
        var unset = NetCdfForcing.Open(new GridFile
        {
            Type = NetCdfWriter.TypeFloat,
            East = (_, lat, _) => lat == 50.5 ? 9.9692099683868690e+36 : 1,
        }.Write(_directory.FullName, "default-fill.nc")).Wind!;

        Assert.Equal(0, At(missing, Start, 50.5, 1.5).East, 1e-12);
        Assert.Equal(1, At(missing, Start, 50.75, 1.5).East, 1e-12);
        Assert.Equal(0, At(unset, Start, 50.5, 1.5).East, 1e-12);
        Assert.Equal(1, unset.MissingValueSamples);
    }

    [Fact]
    public void EnsureCovers_RunInside_Passes()
    {
        var wind = NetCdfForcing.Open(new GridFile().Write(_directory.FullName, "inside.nc")).Wind!;

        wind.EnsureCovers(Start.AddHours(1), Start.AddHours(12), Area(50.8, 1.3, 51.0, 1.7));
    }

    [Theory]
    [InlineData(-1, 6)]
    [InlineData(2, 13)]
    public void EnsureCovers_TimesOutside_FailsSayingWhatTheFileCovers(double firstHour, double lastHour)
    {
        var wind = NetCdfForcing.Open(new GridFile().Write(_directory.FullName, "times.nc")).Wind!;

        var error = Assert.Throws<ForcingCoverageException>(() => wind.EnsureCovers(Start.AddHours(firstHour), Start.AddHours(lastHour), Area(50.8, 1.3, 51.0, 1.7)));

        Assert.Contains("times.nc", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not cover the run's times", error.Message, StringComparison.Ordinal);
        Assert.Contains("covers 2024-01-01T00:00:00Z to 2024-01-01T12:00:00Z, 50.500°N to 51.250°N, 1.000°E to 2.500°E", error.Message, StringComparison.Ordinal);
        Assert.Contains($"the run needs {Start.AddHours(firstHour):yyyy-MM-ddTHH:mm:ssZ} to {Start.AddHours(lastHour):yyyy-MM-ddTHH:mm:ssZ}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureCovers_AreaOutside_FailsSayingWhatTheFileCovers()
    {
        var wind = NetCdfForcing.Open(new GridFile().Write(_directory.FullName, "area.nc")).Wind!;

        var error = Assert.Throws<ForcingCoverageException>(() => wind.EnsureCovers(Start, Start.AddHours(6), Area(51.1, 2.2, 51.4, 2.8)));

        Assert.Contains("does not cover the run's area", error.Message, StringComparison.Ordinal);
        Assert.Contains("50.500°N to 51.250°N, 1.000°E to 2.500°E", error.Message, StringComparison.Ordinal);
        Assert.Contains("51.4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NoKnownStandardNames_FailsNamingThoseLookedFor()
    {
        var path = new GridFile { EastStandardName = "sea_surface_temperature", NorthStandardName = "sea_water_salinity" }
            .Write(_directory.FullName, "temperature.nc");

        var error = Assert.Throws<FormatException>(() => NetCdfForcing.Open(path));

        Assert.Contains("temperature.nc", error.Message, StringComparison.Ordinal);
        Assert.Contains("x_wind/y_wind", error.Message, StringComparison.Ordinal);
        Assert.Contains("eastward_sea_water_velocity/northward_sea_water_velocity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_OneComponentWithoutTheOther_Fails()
    {
        var path = new GridFile { NorthStandardName = "air_temperature" }.Write(_directory.FullName, "half.nc");

        var error = Assert.Throws<FormatException>(() => NetCdfForcing.Open(path));

        Assert.Contains("has x_wind but not y_wind", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NotNetCdf_FailsNamingTheFile()
    {
        var path = Path.Combine(_directory.FullName, "notes.nc");
        File.WriteAllText(path, "time,speed_m_s,from_deg\n2024-01-01T00:00Z,10,270\n");

        var error = Assert.Throws<FormatException>(() => NetCdfForcing.Open(path));

        Assert.Contains("notes.nc: not a NetCDF file", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NetCdfWriter.ClassicFormat)]
    [InlineData(NetCdfWriter.NetCdf4Format)]
    public void Open_TruncatedFile_FailsNamingTheFile(int format)
    {
        var path = new GridFile().Write(_directory.FullName, "truncated.nc", format);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 3)]);

        var error = Record.Exception(() => NetCdfForcing.Open(path));

        Assert.True(error is FormatException or IOException, error?.ToString() ?? "no error");
        Assert.Contains("truncated.nc", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MissingFile_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => NetCdfForcing.Open(Path.Combine(_directory.FullName, "absent.nc")));
    }

    [Fact]
    public void Open_NetCdf4WithStringAttributes_Reads()
    {
        var path = new GridFile { East = (_, _, _) => 1.5 }.Write(_directory.FullName, "nc4.nc", NetCdfWriter.NetCdf4Format, stringAttributes: true);

        Assert.Equal(1.5, At(NetCdfForcing.Open(path).Wind!, Start, 51, 1.5).East, 1e-12);
    }

    [Fact]
    public void Open_DataWithoutTimeDimension_Fails()
    {
        var path = Path.Combine(_directory.FullName, "flat.nc");
        new NetCdfWriter().Dimension("lat", 2).Dimension("lon", 2)
            .Variable("lat", NetCdfWriter.TypeDouble, ["lat"], [50, 51], ("units", "degrees_north"))
            .Variable("lon", NetCdfWriter.TypeDouble, ["lon"], [1, 2], ("units", "degrees_east"))
            .Variable("u", NetCdfWriter.TypeDouble, ["lat", "lon"], [0, 0, 0, 0], ("standard_name", "x_wind"))
            .Variable("v", NetCdfWriter.TypeDouble, ["lat", "lon"], [0, 0, 0, 0], ("standard_name", "y_wind"))
            .Write(path);

        var error = Assert.Throws<FormatException>(() => NetCdfForcing.Open(path));

        Assert.Contains("flat.nc: u has dimensions (lat, lon); expected (time, [one level,] latitude, longitude)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_LongitudeBeforeLatitude_Fails()
    {
        var path = Path.Combine(_directory.FullName, "swapped.nc");
        new NetCdfWriter().Dimension("time", 1).Dimension("lat", 2).Dimension("lon", 2)
            .Variable("time", NetCdfWriter.TypeDouble, ["time"], [0], ("units", "hours since 2024-01-01"))
            .Variable("lat", NetCdfWriter.TypeDouble, ["lat"], [50, 51], ("units", "degrees_north"))
            .Variable("lon", NetCdfWriter.TypeDouble, ["lon"], [1, 2], ("units", "degrees_east"))
            .Variable("u", NetCdfWriter.TypeDouble, ["time", "lon", "lat"], [0, 0, 0, 0], ("standard_name", "x_wind"))
            .Variable("v", NetCdfWriter.TypeDouble, ["time", "lon", "lat"], [0, 0, 0, 0], ("standard_name", "y_wind"))
            .Write(path);

        var error = Assert.Throws<FormatException>(() => NetCdfForcing.Open(path));

        Assert.Contains("but lon has no latitude coordinate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_SeveralLevels_Fails()
    {
        var path = Path.Combine(_directory.FullName, "levels.nc");
        var zeros = new double[2 * 2 * 2];
        new NetCdfWriter().Dimension("time", 1).Dimension("depth", 2).Dimension("lat", 2).Dimension("lon", 2)
            .Variable("time", NetCdfWriter.TypeDouble, ["time"], [0], ("units", "hours since 2024-01-01"))
            .Variable("lat", NetCdfWriter.TypeDouble, ["lat"], [50, 51], ("units", "degrees_north"))
            .Variable("lon", NetCdfWriter.TypeDouble, ["lon"], [1, 2], ("units", "degrees_east"))
            .Variable("uo", NetCdfWriter.TypeDouble, ["time", "depth", "lat", "lon"], zeros, ("standard_name", "eastward_sea_water_velocity"))
            .Variable("vo", NetCdfWriter.TypeDouble, ["time", "depth", "lat", "lon"], zeros, ("standard_name", "northward_sea_water_velocity"))
            .Write(path);

        var error = Assert.Throws<FormatException>(() => NetCdfForcing.Open(path));

        Assert.Contains("uo has 2 levels on depth", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_GridFarFromTheChannel_FailsSayingWhereItIs()
    {
        var path = new GridFile { Latitudes = [-10, -9], Longitudes = [150, 151] }.Write(_directory.FullName, "pacific.nc");

        var error = Assert.Throws<FormatException>(() => NetCdfForcing.Open(path));

        Assert.Contains("pacific.nc: the grid (10.000°S to 9.000°S, 150.000°E to 151.000°E) lies outside", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_DaysSinceADateWithATime_GivesTheTimes()
    {
        var wind = NetCdfForcing.Open(new GridFile { TimeUnits = "days since 2023-12-31 12:00:00", Times = [0.5, 0.75, 1.5] }
            .Write(_directory.FullName, "days.nc")).Wind!;

        Assert.Equal(Start, wind.FirstTime);
        Assert.Equal(Start.AddDays(1), wind.LastTime);
    }

    [Fact]
    public void Open_SecondsSinceTheUnixEpochInTheGregorianCalendar_GivesTheTimes()
    {
        var epoch = Start.ToUnixTimeSeconds();
        var wind = NetCdfForcing.Open(new GridFile { TimeUnits = "seconds since 1970-01-01T00:00:00Z", Calendar = "gregorian", Times = [epoch, epoch + 3600] }
            .Write(_directory.FullName, "seconds.nc")).Wind!;

        Assert.Equal((Start, Start.AddHours(1)), (wind.FirstTime, wind.LastTime));
    }

    [Theory]
    [InlineData("fortnights since 2024-01-01", null, "fortnights")]
    [InlineData("hours after 2024-01-01", null, "hours after 2024-01-01")]
    [InlineData("hours since 2024-01-01", "360_day", "360_day")]
    public void Open_UnknownTimeUnits_FailsNamingFileAndUnits(string units, string? calendar, string named)
    {
        var path = new GridFile { TimeUnits = units, Calendar = calendar }.Write(_directory.FullName, "badtime.nc");

        var error = Assert.Throws<FormatException>(() => NetCdfForcing.Open(path));

        Assert.Contains("badtime.nc", error.Message, StringComparison.Ordinal);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_TimesNotIncreasing_Fails()
    {
        var path = new GridFile { Times = [0, 6, 6] }.Write(_directory.FullName, "repeat.nc");

        var error = Assert.Throws<FormatException>(() => NetCdfForcing.Open(path));

        Assert.Contains("not strictly increasing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_FromParallelChunks_MatchesOneBatch()
    {
        var wind = NetCdfForcing.Open(new GridFile { East = Noise(3), North = Noise(4) }.Write(_directory.FullName, "parallel.nc")).Wind!;
        var random = new Random(11);
        const int count = 20_000;
        var eastings = new double[count];
        var northings = new double[count];
        for (var i = 0; i < count; i++)
        {
            var point = ChannelProjection.Project(GeoPosition.FromDegrees(50.4 + (random.NextDouble() * 1.0), 0.9 + (random.NextDouble() * 1.7)));
            (eastings[i], northings[i]) = (point.EastingMetres, point.NorthingMetres);
        }

        var time = Start.AddHours(7.3);
        var (east, north) = (new double[count], new double[count]);
        wind.Sample(time, eastings, northings, east, north);
        var (chunkEast, chunkNorth) = (new double[count], new double[count]);
        Parallel.For(0, 20, chunk =>
        {
            var range = new Range(chunk * 1000, (chunk + 1) * 1000);
            wind.Sample(time, eastings.AsSpan(range), northings.AsSpan(range), chunkEast.AsSpan(range), chunkNorth.AsSpan(range));
        });

        Assert.Equal(east, chunkEast);
        Assert.Equal(north, chunkNorth);
    }

    private static IEqualityComparer<(double, double)> Close { get; } = new Tolerance(1e-9);

    private static Func<int, double, double, double> Noise(int seed) =>
        (t, lat, lon) => Math.Round(Math.Sin((seed * 12.9898) + (t * 78.233) + (lat * 37.719) + (lon * 4.581)) * 10, 3);

    private static (double East, double North) At(NetCdfVectorField field, DateTimeOffset time, double latitude, double longitude)
    {
        var point = ChannelProjection.Project(GeoPosition.FromDegrees(latitude, longitude));
        var (east, north) = (new double[1], new double[1]);
        field.Sample(time, [point.EastingMetres], [point.NorthingMetres], east, north);
        return (east[0], north[0]);
    }

    private static ProjectedArea Area(double south, double west, double north, double east)
    {
        var lowerLeft = ChannelProjection.Project(GeoPosition.FromDegrees(south, west));
        var upperRight = ChannelProjection.Project(GeoPosition.FromDegrees(north, east));
        return new ProjectedArea(lowerLeft.EastingMetres, lowerLeft.NorthingMetres, upperRight.EastingMetres, upperRight.NorthingMetres);
    }

    private sealed class Tolerance(double tolerance) : IEqualityComparer<(double, double)>
    {
        public bool Equals((double, double) x, (double, double) y) => Math.Abs(x.Item1 - y.Item1) <= tolerance && Math.Abs(x.Item2 - y.Item2) <= tolerance;

        public int GetHashCode((double, double) obj) => 0;
    }
}
