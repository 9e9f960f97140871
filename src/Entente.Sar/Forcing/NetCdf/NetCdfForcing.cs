namespace Entente.Sar.Forcing.NetCdf;

/// <summary>
/// Wind and current read from a CF-convention NetCDF file (a forecast or hindcast cut to the area and period of a case)
/// through the netCDF-C library, libnetcdf. The variables are found by their standard names; the file is read whole at
/// opening and closed, so the fields hold no handle and need no disposal.
/// </summary>
/// <remarks>See docs/sar-netcdf.md for what a file must hold. Immutable; the fields are thread-safe.</remarks>
public sealed class NetCdfForcing
{
    private NetCdfForcing(string path, NetCdfVectorField? wind, NetCdfVectorField? current)
    {
        Path = path;
        Wind = wind;
        Current = current;
    }

    /// <summary>(east, north) standard names read as the 10 m wind, in order of preference.</summary>
    public static IReadOnlyList<(string East, string North)> WindStandardNames { get; } =
        [("x_wind", "y_wind"), ("eastward_wind", "northward_wind")];

    /// <summary>(east, north) standard names read as the surface current, in order of preference.</summary>
    public static IReadOnlyList<(string East, string North)> CurrentStandardNames { get; } =
    [
        ("x_sea_water_velocity", "y_sea_water_velocity"),
        ("eastward_sea_water_velocity", "northward_sea_water_velocity"),
        ("surface_eastward_sea_water_velocity", "surface_northward_sea_water_velocity"),
    ];

    /// <summary>Whether libnetcdf can be loaded here; never throws.</summary>
    public static bool IsLibraryAvailable => NetCdfLibrary.IsAvailable;

    /// <summary>The file read.</summary>
    public string Path { get; }

    /// <summary>The wind, when the file holds one.</summary>
    public NetCdfVectorField? Wind { get; }

    /// <summary>The current, when the file holds one.</summary>
    public NetCdfVectorField? Current { get; }

    /// <summary>Reads a file.</summary>
    /// <param name="path">The NetCDF file (classic, 64-bit offset or NetCDF-4).</param>
    /// <returns>The forcing it holds: a wind, a current or both.</returns>
    /// <exception cref="DllNotFoundException">libnetcdf is not installed.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="FormatException">
    /// The file is not NetCDF, holds neither wind nor current under the standard names looked for, or its variables,
    /// coordinates or units are not usable: the message names the file and the reason.
    /// </exception>
    public static NetCdfForcing Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!IsLibraryAvailable)
        {
            throw new DllNotFoundException("NetCDF forcing needs the netCDF-C library (libnetcdf), which is not installed: on Debian or Ubuntu, apt-get install netcdf-bin.");
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{System.IO.Path.GetFileName(path)}: no such NetCDF file.", path);
        }

        lock (NetCdfLibrary.Gate)
        {
            using var file = NetCdfFile.Open(path);
            var reader = new NetCdfFieldReader(file);
            var wind = reader.Read("wind", WindStandardNames);
            var current = reader.Read("current", CurrentStandardNames);
            if (wind is null && current is null)
            {
                var names = string.Join(", ", WindStandardNames.Concat(CurrentStandardNames).Select(p => $"{p.East}/{p.North}"));
                throw new FormatException($"{file.Name}: holds neither wind nor current: no variables with standard_name {names}.");
            }

            return new NetCdfForcing(path, wind, current);
        }
    }
}
