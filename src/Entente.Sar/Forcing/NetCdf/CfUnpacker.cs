using System.Globalization;

namespace Entente.Sar.Forcing.NetCdf;

/// <summary>
/// Turns a variable's stored values into physical ones by the CF rules: values equal to <c>_FillValue</c> (or, without
/// one, the library's default fill for the type) or to any <c>missing_value</c>, or outside <c>valid_min</c>,
/// <c>valid_max</c> or <c>valid_range</c>, are missing (NaN); others are multiplied by <c>scale_factor</c>, offset by
/// <c>add_offset</c>, and converted from their <c>units</c> to metres per second where they are a velocity.
/// </summary>
internal sealed class CfUnpacker
{
    private readonly double[] _missing;
    private readonly double _validMin;
    private readonly double _validMax;
    private readonly double _scale;
    private readonly double _offset;

    /// <summary>Reads a variable's packing attributes.</summary>
    /// <param name="file">The open file.</param>
    /// <param name="variable">The variable's id.</param>
    /// <param name="name">Its name, for messages.</param>
    /// <exception cref="FormatException">A velocity's units are not a speed this reader knows.</exception>
    public CfUnpacker(NetCdfFile file, int variable, string name)
    {
        var fill = file.Numbers(variable, "_FillValue") ?? DefaultFill(file.VariableType(variable));
        _missing = [.. fill, .. file.Numbers(variable, "missing_value") ?? []];
        var range = file.Numbers(variable, "valid_range");
        _validMin = file.Numbers(variable, "valid_min")?[0] ?? (range is { Length: 2 } ? range[0] : double.NegativeInfinity);
        _validMax = file.Numbers(variable, "valid_max")?[0] ?? (range is { Length: 2 } ? range[1] : double.PositiveInfinity);
        var units = file.Text(variable, "units");
        var speed = IsVelocity(file.Text(variable, "standard_name")) ? MetresPerSecond(units, file.Name, name) : 1;
        _scale = (file.Numbers(variable, "scale_factor")?[0] ?? 1) * speed;
        _offset = (file.Numbers(variable, "add_offset")?[0] ?? 0) * speed;
    }

    /// <summary>The physical value of a stored one, NaN when missing.</summary>
    /// <param name="stored">The stored value, as the library converted it to double.</param>
    /// <returns>The value.</returns>
    public double Unpack(double stored)
    {
        if (double.IsNaN(stored) || stored < _validMin || stored > _validMax || Array.IndexOf(_missing, stored) >= 0)
        {
            return double.NaN;
        }

        return (stored * _scale) + _offset;
    }

    private static bool IsVelocity(string? standardName) =>
        standardName is not null && (standardName.EndsWith("_wind", StringComparison.Ordinal) || standardName.EndsWith("sea_water_velocity", StringComparison.Ordinal));

    private static double MetresPerSecond(string? units, string fileName, string variable) => units?.Trim() switch
    {
        null or "" or "m s-1" or "m/s" or "m s**-1" or "m.s-1" or "m s^-1" or "meter second-1" or "metre second-1"
            or "meters/second" or "metres/second" or "meters per second" or "metres per second" or "ms-1" or "m*s-1" => 1,
        "cm s-1" or "cm/s" or "cm.s-1" or "cm s**-1" or "cm s^-1" => 0.01,
        "knots" or "knot" or "kt" or "kn" or "kts" => 1852.0 / 3600.0,
        _ => throw new FormatException(string.Create(CultureInfo.InvariantCulture,
            $"{fileName}: {variable} has units \"{units}\"; expected m s-1 (or cm s-1 or knots).")),
    };

    // The library's default fill values, which CF treats as missing where no _FillValue is given. Bytes have none.
    private static double[] DefaultFill(int type) => type switch
    {
        NetCdfLibrary.TypeShort => [-32767],
        NetCdfLibrary.TypeInt => [-2147483647],
        NetCdfLibrary.TypeFloat => [(float)9.9692099683868690e+36],
        NetCdfLibrary.TypeDouble => [9.9692099683868690e+36],
        _ => [],
    };
}
