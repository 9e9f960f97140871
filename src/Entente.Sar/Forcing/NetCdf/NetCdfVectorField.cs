using System.Globalization;
using System.Runtime.CompilerServices;
using Entente.Core.Projection;

namespace Entente.Sar.Forcing.NetCdf;

/// <summary>
/// A wind or current field read from a CF NetCDF file: linear in time between the file's times, bilinear in latitude and
/// longitude between its grid nodes. Positions arrive in the Channel projection and are placed in the grid through a
/// precomputed map, never unprojected one by one.
/// </summary>
/// <remarks>
/// <para>Outside the file's times the field holds the first or last time; outside the grid a point takes the value at the
/// nearest edge (latitude and longitude clamped separately; more than 100 km out, the point is first brought back to
/// that distance on the plane). <see cref="EnsureCovers"/> keeps a run from starting outside; particles that drift out
/// later see the edge values.</para>
/// <para>Missing values (fill values, missing values, values outside the valid range) count as 0 where they enter an
/// interpolation, and each sample that touched one is counted in <see cref="MissingValueSamples"/>: near a coast a current
/// grid's land nodes are missing, and 0 is the least surprising current there.</para>
/// <para>Immutable after opening apart from that counter: concurrent <see cref="Sample"/> calls are safe.</para>
/// </remarks>
public sealed class NetCdfVectorField : IVectorField
{
    private const int EdgeSamples = 8;

    private readonly NetCdfGrid _grid;
    private readonly long[] _ticks;
    private readonly double[][] _slices;
    private BlendedSlice? _blend;
    private readonly int _rowStride;
    private readonly string _quantity;
    private long _missingSamples;

    internal NetCdfVectorField(string quantity, string fileName, string eastVariable, string northVariable, NetCdfGrid grid,
        long[] ticks, double[][] slices)
    {
        _quantity = quantity;
        FileName = fileName;
        EastVariableName = eastVariable;
        NorthVariableName = northVariable;
        _grid = grid;
        _ticks = ticks;
        _slices = slices;
        _rowStride = 2 * grid.LongitudeCount;
    }

    /// <summary>The file's name, without its folder.</summary>
    public string FileName { get; }

    /// <summary>The name in the file of the east (x) component's variable.</summary>
    public string EastVariableName { get; }

    /// <summary>The name in the file of the north (y) component's variable.</summary>
    public string NorthVariableName { get; }

    /// <summary>The file's first time, UTC.</summary>
    public DateTimeOffset FirstTime => new(_ticks[0], TimeSpan.Zero);

    /// <summary>The file's last time, UTC.</summary>
    public DateTimeOffset LastTime => new(_ticks[^1], TimeSpan.Zero);

    /// <summary>How many times the file holds.</summary>
    public int TimeCount => _ticks.Length;

    /// <summary>The grid's southern edge, degrees.</summary>
    public double MinLatitudeDegrees => _grid.MinLatitudeDegrees;

    /// <summary>The grid's northern edge, degrees.</summary>
    public double MaxLatitudeDegrees => _grid.MaxLatitudeDegrees;

    /// <summary>The grid's western edge, degrees east (within 180° of 1.5°E).</summary>
    public double MinLongitudeDegrees => _grid.MinLongitudeDegrees;

    /// <summary>The grid's eastern edge, degrees east (within 180° of 1.5°E).</summary>
    public double MaxLongitudeDegrees => _grid.MaxLongitudeDegrees;

    /// <summary>How many latitudes by how many longitudes the grid has.</summary>
    public (int Latitudes, int Longitudes) GridSize => (_grid.LatitudeCount, _grid.LongitudeCount);

    /// <summary>How many position samples so far touched a missing value (counted as 0).</summary>
    public long MissingValueSamples => Interlocked.Read(ref _missingSamples);

    /// <inheritdoc />
    public string Description => string.Create(CultureInfo.InvariantCulture,
        $"{_quantity} from {FileName} ({EastVariableName}, {NorthVariableName}): {TimeCount} times {Iso(FirstTime)} to {Iso(LastTime)}, {_grid.LatitudeCount} × {_grid.LongitudeCount} grid {_grid.BoxText()}");

    /// <inheritdoc />
    public void Sample(DateTimeOffset time, ReadOnlySpan<double> eastingsMetres, ReadOnlySpan<double> northingsMetres,
        Span<double> eastMetresPerSecond, Span<double> northMetresPerSecond)
    {
        var count = eastingsMetres.Length;
        if (northingsMetres.Length < count || eastMetresPerSecond.Length < count || northMetresPerSecond.Length < count)
        {
            throw new ArgumentException("The position and output spans must be as long as the eastings.", nameof(northingsMetres));
        }

        var (index, weight) = TimeIndex(time.UtcTicks);
        long missing = 0;
        if (weight == 0)
        {
            var slice = _slices[index];
            for (var i = 0; i < count; i++)
            {
                _grid.Locate(eastingsMetres[i], northingsMetres[i], out var cell, out var a, out var b);
                var gap = Interpolate(slice, new Corners(2 * cell, _rowStride, a, b), out var east, out var north);
                eastMetresPerSecond[i] = east;
                northMetresPerSecond[i] = north;
                missing += gap ? 1 : 0;
            }
        }
        else
        {
            // Between two of the file's times: blend the two slices once per time (a drift samples every particle at
            // the same time, in many batches), then one bilinear interpolation per particle instead of two.
            var blend = Blend(time.UtcTicks, index, weight);
            for (var i = 0; i < count; i++)
            {
                _grid.Locate(eastingsMetres[i], northingsMetres[i], out var cell, out var a, out var b);
                var gap = Interpolate(blend, new Corners(2 * cell, _rowStride, a, b), out var east, out var north);
                eastMetresPerSecond[i] = east;
                northMetresPerSecond[i] = north;
                missing += gap ? 1 : 0;
            }
        }

        if (missing > 0)
        {
            Interlocked.Add(ref _missingSamples, missing);
        }
    }

    /// <inheritdoc />
    public void EnsureCovers(DateTimeOffset first, DateTimeOffset last, ProjectedArea area)
    {
        var timesCovered = first.UtcTicks >= _ticks[0] && last.UtcTicks <= _ticks[^1];
        var (south, north, west, east) = (double.MaxValue, double.MinValue, double.MaxValue, double.MinValue);
        var placeCovered = _grid.MapArea.Contains(area);
        for (var k = 0; k <= EdgeSamples; k++)
        {
            var t = (double)k / EdgeSamples;
            var x = area.MinEastingMetres + (t * (area.MaxEastingMetres - area.MinEastingMetres));
            var y = area.MinNorthingMetres + (t * (area.MaxNorthingMetres - area.MinNorthingMetres));
            foreach (var point in new ProjectedPoint[] { new(x, area.MinNorthingMetres), new(x, area.MaxNorthingMetres), new(area.MinEastingMetres, y), new(area.MaxEastingMetres, y) })
            {
                var position = ChannelProjection.Unproject(point);
                placeCovered &= _grid.Contains(position);
                var longitude = NetCdfGrid.NormaliseLongitude(position.LongitudeDegrees);
                (south, north) = (Math.Min(south, position.LatitudeDegrees), Math.Max(north, position.LatitudeDegrees));
                (west, east) = (Math.Min(west, longitude), Math.Max(east, longitude));
            }
        }

        if (!timesCovered || !placeCovered)
        {
            var lack = (timesCovered, placeCovered) switch
            {
                (false, false) => "the run's times or area",
                (false, true) => "the run's times",
                _ => "the run's area",
            };
            throw new ForcingCoverageException(string.Create(CultureInfo.InvariantCulture,
                $"The {_quantity} in {FileName} does not cover {lack}: it covers {Iso(FirstTime)} to {Iso(LastTime)}, {_grid.BoxText()}; the run needs {Iso(first)} to {Iso(last)}, {NetCdfGrid.Box(south, north, west, east)}."));
        }
    }

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Interpolate(double[] slice, in Corners corners, out double east, out double north)
    {
        var gap = false;
        east = 0;
        north = 0;
        Add(slice, corners.SouthWest, corners.WeightSouthWest, ref east, ref north, ref gap);
        Add(slice, corners.SouthWest + 2, corners.WeightSouthEast, ref east, ref north, ref gap);
        Add(slice, corners.NorthWest, corners.WeightNorthWest, ref east, ref north, ref gap);
        Add(slice, corners.NorthWest + 2, corners.WeightNorthEast, ref east, ref north, ref gap);
        return gap;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(double[] slice, int offset, double weight, ref double east, ref double north, ref bool gap)
    {
        var u = slice[offset];
        var v = slice[offset + 1];
        if (double.IsNaN(u) || double.IsNaN(v))
        {
            gap |= weight > 0;
            return;
        }

        east += weight * u;
        north += weight * v;
    }

    // The two slices blended in time, missing values counted as 0 with their gap kept as NaN in a second slice, so that
    // the sum is the same as interpolating each slice and blending the results. One is cached: reference writes are
    // atomic, and two batches computing the same blend at once only repeat work.
    private BlendedSlice Blend(long ticks, int index, double weight)
    {
        if (Volatile.Read(ref _blend) is { } cached && cached.Ticks == ticks)
        {
            return cached;
        }

        var (before, after) = (_slices[index], _slices[index + 1]);
        var values = new double[before.Length];
        var gaps = new bool[before.Length / 2];
        for (var k = 0; k < gaps.Length; k++)
        {
            var (u0, v0, u1, v1) = (before[2 * k], before[(2 * k) + 1], after[2 * k], after[(2 * k) + 1]);
            var gapBefore = double.IsNaN(u0) || double.IsNaN(v0);
            var gapAfter = double.IsNaN(u1) || double.IsNaN(v1);
            values[2 * k] = ((1 - weight) * (gapBefore ? 0 : u0)) + (weight * (gapAfter ? 0 : u1));
            values[(2 * k) + 1] = ((1 - weight) * (gapBefore ? 0 : v0)) + (weight * (gapAfter ? 0 : v1));
            gaps[k] = gapBefore || gapAfter;
        }

        var blend = new BlendedSlice(ticks, values, gaps);
        Volatile.Write(ref _blend, blend);
        return blend;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Interpolate(BlendedSlice blend, in Corners corners, out double east, out double north)
    {
        var values = blend.Values;
        var gaps = blend.Gaps;
        east = (corners.WeightSouthWest * values[corners.SouthWest]) + (corners.WeightSouthEast * values[corners.SouthWest + 2])
            + (corners.WeightNorthWest * values[corners.NorthWest]) + (corners.WeightNorthEast * values[corners.NorthWest + 2]);
        north = (corners.WeightSouthWest * values[corners.SouthWest + 1]) + (corners.WeightSouthEast * values[corners.SouthWest + 3])
            + (corners.WeightNorthWest * values[corners.NorthWest + 1]) + (corners.WeightNorthEast * values[corners.NorthWest + 3]);
        return (gaps[corners.SouthWest / 2] && corners.WeightSouthWest > 0) || (gaps[(corners.SouthWest / 2) + 1] && corners.WeightSouthEast > 0)
            || (gaps[corners.NorthWest / 2] && corners.WeightNorthWest > 0) || (gaps[(corners.NorthWest / 2) + 1] && corners.WeightNorthEast > 0);
    }

    private (int Index, double Weight) TimeIndex(long ticks)
    {
        if (ticks <= _ticks[0])
        {
            return (0, 0);
        }

        if (ticks >= _ticks[^1])
        {
            return (_ticks.Length - 1, 0);
        }

        var found = Array.BinarySearch(_ticks, ticks);
        if (found >= 0)
        {
            return (found, 0);
        }

        var after = ~found;
        return (after - 1, (double)(ticks - _ticks[after - 1]) / (_ticks[after] - _ticks[after - 1]));
    }

    private sealed record BlendedSlice(long Ticks, double[] Values, bool[] Gaps);

    // Offsets of a cell's south-west and north-west nodes in an interleaved (east, north) slice, with bilinear weights.
    private readonly struct Corners(int southWest, int rowStride, double northFraction, double eastFraction)
    {
        public int SouthWest { get; } = southWest;

        public int NorthWest { get; } = southWest + rowStride;

        public double WeightSouthWest { get; } = (1 - northFraction) * (1 - eastFraction);

        public double WeightSouthEast { get; } = (1 - northFraction) * eastFraction;

        public double WeightNorthWest { get; } = northFraction * (1 - eastFraction);

        public double WeightNorthEast { get; } = northFraction * eastFraction;
    }
}
