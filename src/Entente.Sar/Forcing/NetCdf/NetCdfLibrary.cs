using System.Reflection;
using System.Runtime.InteropServices;

namespace Entente.Sar.Forcing.NetCdf;

/// <summary>
/// The few functions of the netCDF-C library (libnetcdf) that reading forcing needs, bound by source-generated P/Invoke.
/// </summary>
/// <remarks>
/// netCDF-C is not thread-safe: every call is made while holding <see cref="Gate"/>. The library is found by trying the
/// sonames of current Debian and Ubuntu releases, then the plain names the platform resolves.
/// </remarks>
internal static partial class NetCdfLibrary
{
    /// <summary>The name the imports bind to; the resolver maps it to a real file.</summary>
    internal const string LibraryName = "netcdf";

    internal const int NoWrite = 0;
    internal const int Global = -1;
    internal const int MaxNameLength = 256;
    internal const int NotAttribute = -43;
    internal const int NotNetCdf = -51;

    internal const int TypeByte = 1;
    internal const int TypeChar = 2;
    internal const int TypeShort = 3;
    internal const int TypeInt = 4;
    internal const int TypeFloat = 5;
    internal const int TypeDouble = 6;
    internal const int TypeString = 12;

    private static readonly string[] Candidates = ["libnetcdf.so.19", "libnetcdf.so.22", "libnetcdf.so", "netcdf"];
    private static readonly Lazy<nint> Handle = new(Load);

    static NetCdfLibrary()
    {
        try
        {
            NativeLibrary.SetDllImportResolver(typeof(NetCdfLibrary).Assembly, Resolve);
        }
        catch (InvalidOperationException)
        {
            // Another resolver for this assembly was set first; the imports then bind by the platform's own search.
        }
    }

    /// <summary>Serialises every call into the library.</summary>
    internal static Lock Gate { get; } = new();

    /// <summary>Whether the library can be loaded and answers; never throws.</summary>
    internal static bool IsAvailable
    {
        get
        {
            try
            {
                return TryLoad(out _) && Marshal.PtrToStringUTF8(nc_inq_libvers()) is { Length: > 0 };
            }
#pragma warning disable CA1031 // Availability is a yes or no: any failure to load or call means no.
            catch (Exception)
#pragma warning restore CA1031
            {
                return false;
            }
        }
    }

    /// <summary>Loads the library once, by the first candidate name that loads.</summary>
    /// <param name="handle">The library handle, when loaded.</param>
    /// <returns>True when loaded.</returns>
    internal static bool TryLoad(out nint handle)
    {
        handle = Handle.Value;
        return handle != 0;
    }

    /// <summary>The library's text for a status code.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The text.</returns>
    internal static string Describe(int status) => Marshal.PtrToStringUTF8(nc_strerror(status)) ?? $"status {status}";

    private static nint Load()
    {
        foreach (var name in Candidates)
        {
            if (NativeLibrary.TryLoad(name, typeof(NetCdfLibrary).Assembly, DllImportSearchPath.SafeDirectories, out var handle))
            {
                return handle;
            }
        }

        return 0;
    }

    private static nint Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        libraryName == LibraryName && TryLoad(out var handle) ? handle : 0;

    [LibraryImport(LibraryName)]
    internal static partial nint nc_inq_libvers();

    [LibraryImport(LibraryName)]
    internal static partial nint nc_strerror(int status);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int nc_open(string path, int mode, out int ncid);

    [LibraryImport(LibraryName)]
    internal static partial int nc_close(int ncid);

    [LibraryImport(LibraryName)]
    internal static partial int nc_inq_nvars(int ncid, out int count);

    [LibraryImport(LibraryName)]
    internal static partial int nc_inq_varname(int ncid, int varid, [Out] byte[] name);

    [LibraryImport(LibraryName)]
    internal static partial int nc_inq_vartype(int ncid, int varid, out int type);

    [LibraryImport(LibraryName)]
    internal static partial int nc_inq_varndims(int ncid, int varid, out int count);

    [LibraryImport(LibraryName)]
    internal static partial int nc_inq_vardimid(int ncid, int varid, [Out] int[] dimensionIds);

    [LibraryImport(LibraryName)]
    internal static partial int nc_inq_dimlen(int ncid, int dimid, out nuint length);

    [LibraryImport(LibraryName)]
    internal static partial int nc_inq_dimname(int ncid, int dimid, [Out] byte[] name);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int nc_inq_att(int ncid, int varid, string name, out int type, out nuint length);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int nc_get_att_text(int ncid, int varid, string name, [Out] byte[] value);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int nc_get_att_string(int ncid, int varid, string name, [Out] nint[] value);

    [LibraryImport(LibraryName)]
    internal static partial int nc_free_string(nuint count, [In] nint[] value);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int nc_get_att_double(int ncid, int varid, string name, [Out] double[] value);

    [LibraryImport(LibraryName)]
    internal static partial int nc_get_vara_double(int ncid, int varid, [In] nuint[] start, [In] nuint[] count, [Out] double[] values);
}
