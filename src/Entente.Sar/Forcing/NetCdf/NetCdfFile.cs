using System.Text;

namespace Entente.Sar.Forcing.NetCdf;

/// <summary>
/// One NetCDF file open read-only: names, dimensions, attributes and hyperslabs of its variables. Every failure becomes a
/// <see cref="FormatException"/> (or <see cref="IOException"/> for the operating system's errors) naming the file.
/// </summary>
/// <remarks>Not thread-safe: callers hold <see cref="NetCdfLibrary.Gate"/> from open to dispose.</remarks>
internal sealed class NetCdfFile : IDisposable
{
    private readonly int _ncid;
    private bool _closed;

    private NetCdfFile(string path, int ncid)
    {
        Path = path;
        _ncid = ncid;
    }

    /// <summary>The path opened.</summary>
    public string Path { get; }

    /// <summary>The file name, for messages.</summary>
    public string Name => System.IO.Path.GetFileName(Path);

    /// <summary>Opens a file read-only.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The open file.</returns>
    /// <exception cref="FormatException">It is not a NetCDF file the library can read.</exception>
    /// <exception cref="IOException">The operating system refused it.</exception>
    public static NetCdfFile Open(string path)
    {
        var status = NetCdfLibrary.nc_open(path, NetCdfLibrary.NoWrite, out var ncid);
        if (status > 0)
        {
            // Positive codes are the C library's errno.
            throw new IOException($"{System.IO.Path.GetFileName(path)}: cannot open: {NetCdfLibrary.Describe(status)}.");
        }

        if (status != 0)
        {
            var reason = status == NetCdfLibrary.NotNetCdf ? "not a NetCDF file" : "cannot be read as NetCDF";
            throw new FormatException($"{System.IO.Path.GetFileName(path)}: {reason} ({NetCdfLibrary.Describe(status)}).");
        }

        return new NetCdfFile(path, ncid);
    }

    /// <summary>How many variables the file holds; their ids are 0 to this less one.</summary>
    /// <returns>The count.</returns>
    public int VariableCount()
    {
        Check(NetCdfLibrary.nc_inq_nvars(_ncid, out var count), "counting variables");
        return count;
    }

    /// <summary>A variable's name.</summary>
    /// <param name="variable">Its id.</param>
    /// <returns>The name.</returns>
    public string VariableName(int variable)
    {
        var buffer = new byte[NetCdfLibrary.MaxNameLength + 1];
        Check(NetCdfLibrary.nc_inq_varname(_ncid, variable, buffer), "reading a variable name");
        return Terminated(buffer);
    }

    /// <summary>A variable's external type (NC_SHORT, NC_FLOAT, ...).</summary>
    /// <param name="variable">Its id.</param>
    /// <returns>The type code.</returns>
    public int VariableType(int variable)
    {
        Check(NetCdfLibrary.nc_inq_vartype(_ncid, variable, out var type), "reading a variable type");
        return type;
    }

    /// <summary>A variable's dimension ids, slowest varying first.</summary>
    /// <param name="variable">Its id.</param>
    /// <returns>The ids.</returns>
    public int[] Dimensions(int variable)
    {
        Check(NetCdfLibrary.nc_inq_varndims(_ncid, variable, out var count), "reading a variable's dimensions");
        var ids = new int[count];
        if (count > 0)
        {
            Check(NetCdfLibrary.nc_inq_vardimid(_ncid, variable, ids), "reading a variable's dimensions");
        }

        return ids;
    }

    /// <summary>A dimension's length.</summary>
    /// <param name="dimension">Its id.</param>
    /// <returns>The length.</returns>
    public long DimensionLength(int dimension)
    {
        Check(NetCdfLibrary.nc_inq_dimlen(_ncid, dimension, out var length), "reading a dimension length");
        return checked((long)length);
    }

    /// <summary>A dimension's name.</summary>
    /// <param name="dimension">Its id.</param>
    /// <returns>The name.</returns>
    public string DimensionName(int dimension)
    {
        var buffer = new byte[NetCdfLibrary.MaxNameLength + 1];
        Check(NetCdfLibrary.nc_inq_dimname(_ncid, dimension, buffer), "reading a dimension name");
        return Terminated(buffer);
    }

    /// <summary>A text attribute (NC_CHAR or NC_STRING), trimmed; null when absent or not text.</summary>
    /// <param name="variable">The variable's id.</param>
    /// <param name="name">The attribute.</param>
    /// <returns>The text or null.</returns>
    public string? Text(int variable, string name)
    {
        var status = NetCdfLibrary.nc_inq_att(_ncid, variable, name, out var type, out var length);
        if (status == NetCdfLibrary.NotAttribute)
        {
            return null;
        }

        Check(status, $"reading attribute {name}");
        if (type == NetCdfLibrary.TypeChar)
        {
            var bytes = new byte[checked((int)length) + 1];
            Check(NetCdfLibrary.nc_get_att_text(_ncid, variable, name, bytes), $"reading attribute {name}");
            return Terminated(bytes).Trim();
        }

        if (type == NetCdfLibrary.TypeString && length > 0)
        {
            var pointers = new nint[checked((int)length)];
            Check(NetCdfLibrary.nc_get_att_string(_ncid, variable, name, pointers), $"reading attribute {name}");
            try
            {
                return (System.Runtime.InteropServices.Marshal.PtrToStringUTF8(pointers[0]) ?? "").Trim();
            }
            finally
            {
                _ = NetCdfLibrary.nc_free_string(length, pointers);
            }
        }

        return null;
    }

    /// <summary>A numeric attribute's values converted to double; null when absent or text.</summary>
    /// <param name="variable">The variable's id.</param>
    /// <param name="name">The attribute.</param>
    /// <returns>The values or null.</returns>
    public double[]? Numbers(int variable, string name)
    {
        var status = NetCdfLibrary.nc_inq_att(_ncid, variable, name, out var type, out var length);
        if (status == NetCdfLibrary.NotAttribute || type is NetCdfLibrary.TypeChar or NetCdfLibrary.TypeString || length == 0)
        {
            return null;
        }

        Check(status, $"reading attribute {name}");
        var values = new double[checked((int)length)];
        Check(NetCdfLibrary.nc_get_att_double(_ncid, variable, name, values), $"reading attribute {name}");
        return values;
    }

    /// <summary>Reads a hyperslab of a variable, converted to double by the library (raw: no scale or offset applied).</summary>
    /// <param name="variable">The variable's id.</param>
    /// <param name="start">The first index on each dimension.</param>
    /// <param name="count">How many on each dimension.</param>
    /// <param name="values">Receives the values, the last dimension fastest; at least the product of the counts.</param>
    /// <param name="what">What is read, for messages.</param>
    public void Read(int variable, long[] start, long[] count, double[] values, string what)
    {
        var starts = Array.ConvertAll(start, s => checked((nuint)s));
        var counts = Array.ConvertAll(count, c => checked((nuint)c));
        Check(NetCdfLibrary.nc_get_vara_double(_ncid, variable, starts, counts, values), $"reading {what}");
    }

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        if (!_closed)
        {
            _closed = true;
            _ = NetCdfLibrary.nc_close(_ncid);
        }
    }

    private void Check(int status, string what)
    {
        if (status != 0)
        {
            throw new FormatException($"{Name}: {what}: {NetCdfLibrary.Describe(status)}.");
        }
    }

    private static string Terminated(byte[] buffer)
    {
        var length = Array.IndexOf(buffer, (byte)0);
        return Encoding.UTF8.GetString(buffer, 0, length < 0 ? buffer.Length : length);
    }
}
