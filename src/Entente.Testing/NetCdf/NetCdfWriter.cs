using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using Entente.Sar.Forcing.NetCdf;

namespace Entente.Testing.NetCdf;

/// <summary>Writes small NetCDF files with the real library (libnetcdf), for the reader and the command line to read back.</summary>
/// <remarks>Dimensions, global text attributes and variables are collected, then written in one go by <see cref="Write"/>.
/// Needs libnetcdf: call <see cref="LibNetCdf.RequireInstalled"/> first.</remarks>
public sealed class NetCdfWriter
{
    /// <summary>NC_SHORT: 16-bit integers.</summary>
    public const int TypeShort = 3;

    /// <summary>NC_FLOAT: 32-bit floats.</summary>
    public const int TypeFloat = 5;

    /// <summary>NC_DOUBLE: 64-bit floats.</summary>
    public const int TypeDouble = 6;

    /// <summary>The classic (CDF-1) file format.</summary>
    public const int ClassicFormat = 0;

    /// <summary>The netCDF-4 (HDF5) file format.</summary>
    public const int NetCdf4Format = 0x1000;

    private const int Global = -1;

    private readonly List<(string Name, long Length)> _dimensions = [];
    private readonly List<VariableSpec> _variables = [];
    private readonly List<(string Name, string Value)> _globalText = [];

    static NetCdfWriter()
    {
        NativeLibrary.SetDllImportResolver(typeof(NetCdfWriter).Assembly, Resolve);
    }

    /// <summary>Adds a dimension.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="length">Its length.</param>
    /// <returns>This writer.</returns>
    public NetCdfWriter Dimension(string name, long length)
    {
        _dimensions.Add((name, length));
        return this;
    }

    /// <summary>Adds a global text attribute.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="value">Its text.</param>
    /// <returns>This writer.</returns>
    public NetCdfWriter GlobalText(string name, string value)
    {
        _globalText.Add((name, value));
        return this;
    }

    /// <summary>Adds a variable; attributes are text (string) or numbers (double, or double[]) in the variable's type
    /// (<c>scale_factor</c> and <c>add_offset</c> as doubles).</summary>
    /// <param name="name">Its name.</param>
    /// <param name="type">Its type: <see cref="TypeShort"/>, <see cref="TypeFloat"/> or <see cref="TypeDouble"/>.</param>
    /// <param name="dimensions">Its dimensions' names, slowest first.</param>
    /// <param name="values">Its values in that order, converted to the type by the library.</param>
    /// <param name="attributes">Its attributes.</param>
    /// <returns>This writer.</returns>
    public NetCdfWriter Variable(string name, int type, string[] dimensions, double[] values, params (string Name, object Value)[] attributes)
    {
        _variables.Add(new VariableSpec(name, type, dimensions, values, attributes));
        return this;
    }

    /// <summary>Writes the file.</summary>
    /// <param name="path">Where.</param>
    /// <param name="format"><see cref="ClassicFormat"/> or <see cref="NetCdf4Format"/>.</param>
    /// <param name="stringAttributes">Write text attributes as NC_STRING (netCDF-4 only) rather than NC_CHAR.</param>
    /// <exception cref="InvalidOperationException">The library refused a call.</exception>
    public void Write(string path, int format = ClassicFormat, bool stringAttributes = false)
    {
        lock (NetCdfLibrary.Gate)
        {
            Check(nc_create(path, format, out var ncid), "create");
            try
            {
                var dimensionIds = new Dictionary<string, int>();
                foreach (var (name, length) in _dimensions)
                {
                    Check(nc_def_dim(ncid, name, (nuint)length, out var id), "def_dim " + name);
                    dimensionIds[name] = id;
                }

                foreach (var (name, value) in _globalText)
                {
                    PutText(ncid, Global, name, value, stringAttributes);
                }

                var variableIds = new List<int>();
                foreach (var variable in _variables)
                {
                    var dims = variable.Dimensions.Select(d => dimensionIds[d]).ToArray();
                    Check(nc_def_var(ncid, variable.Name, variable.Type, dims.Length, dims, out var id), "def_var " + variable.Name);
                    variableIds.Add(id);
                    foreach (var (attribute, value) in variable.Attributes)
                    {
                        if (value is string text)
                        {
                            PutText(ncid, id, attribute, text, stringAttributes);
                        }
                        else
                        {
                            var numbers = value as double[] ?? [(double)value];
                            var type = attribute is "scale_factor" or "add_offset" ? TypeDouble : variable.Type;
                            Check(nc_put_att_double(ncid, id, attribute, type, (nuint)numbers.Length, numbers), "put_att " + attribute);
                        }
                    }
                }

                Check(nc_enddef(ncid), "enddef");
                for (var k = 0; k < _variables.Count; k++)
                {
                    Check(nc_put_var_double(ncid, variableIds[k], _variables[k].Values), "put_var " + _variables[k].Name);
                }
            }
            finally
            {
                _ = nc_close(ncid);
            }
        }
    }

    private static void PutText(int ncid, int variable, string name, string value, bool asString)
    {
        if (asString)
        {
            var pointer = Marshal.StringToCoTaskMemUTF8(value);
            try
            {
                Check(nc_put_att_string(ncid, variable, name, 1, [pointer]), "put_att_string " + name);
            }
            finally
            {
                Marshal.FreeCoTaskMem(pointer);
            }

            return;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        Check(nc_put_att_text(ncid, variable, name, (nuint)bytes.Length, bytes), "put_att_text " + name);
    }

    private static void Check(int status, string what)
    {
        if (status != 0)
        {
            throw new InvalidOperationException($"nc_{what}: {NetCdfLibrary.Describe(status)}");
        }
    }

    private static nint Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        libraryName == NetCdfLibrary.LibraryName && NetCdfLibrary.TryLoad(out var handle) ? handle : 0;

    private sealed record VariableSpec(string Name, int Type, string[] Dimensions, double[] Values, (string Name, object Value)[] Attributes);

#pragma warning disable SYSLIB1054 // The test project does not allow unsafe code, which source-generated imports need.
    [DllImport(NetCdfLibrary.LibraryName)]
    private static extern int nc_create([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int mode, out int ncid);

    [DllImport(NetCdfLibrary.LibraryName)]
    private static extern int nc_def_dim(int ncid, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, nuint length, out int dimid);

    [DllImport(NetCdfLibrary.LibraryName)]
    private static extern int nc_def_var(int ncid, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, int type, int ndims, int[] dimids, out int varid);

    [DllImport(NetCdfLibrary.LibraryName)]
    private static extern int nc_put_att_text(int ncid, int varid, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, nuint length, byte[] value);

    [DllImport(NetCdfLibrary.LibraryName)]
    private static extern int nc_put_att_string(int ncid, int varid, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, nuint length, nint[] value);

    [DllImport(NetCdfLibrary.LibraryName)]
    private static extern int nc_put_att_double(int ncid, int varid, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, int type, nuint length, double[] value);

    [DllImport(NetCdfLibrary.LibraryName)]
    private static extern int nc_enddef(int ncid);

    [DllImport(NetCdfLibrary.LibraryName)]
    private static extern int nc_put_var_double(int ncid, int varid, double[] values);

    [DllImport(NetCdfLibrary.LibraryName)]
    private static extern int nc_close(int ncid);
#pragma warning restore SYSLIB1054
}
