using System.Globalization;

namespace Entente.Sar.Forcing;

/// <summary>
/// A 10 m wind that is the same everywhere but changes with time: observations or a forecast at one point, interpolated
/// linearly in time (by components, so that a veer passes through the directions between).
/// </summary>
/// <remarks>Immutable. Outside its times it does not extrapolate: a run must lie within them.</remarks>
public sealed class WindSeries : IVectorField
{
    private readonly long[] _ticks;
    private readonly double[] _east;
    private readonly double[] _north;

    /// <summary>Creates the series.</summary>
    /// <param name="points">At least one (time, speed m/s, from degrees), in strictly increasing time.</param>
    /// <exception cref="ArgumentException">The points are empty, out of order, or a value is out of range.</exception>
    public WindSeries(IReadOnlyList<(DateTimeOffset Time, double SpeedMetresPerSecond, double FromDegrees)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            throw new ArgumentException("A wind series needs at least one point.", nameof(points));
        }

        _ticks = new long[points.Count];
        _east = new double[points.Count];
        _north = new double[points.Count];
        for (var i = 0; i < points.Count; i++)
        {
            var (time, speed, from) = points[i];
            if (i > 0 && time <= points[i - 1].Time)
            {
                throw new ArgumentException($"Wind point {i + 1} ({time:O}) is not after the one before.", nameof(points));
            }

            var wind = new ConstantWind(speed, from);
            _ticks[i] = time.UtcTicks;
            (_east[i], _north[i]) = WindComponents.FromSpeedAndDirection(wind.SpeedMetresPerSecond, wind.FromDegrees);
        }
    }

    /// <summary>The first time.</summary>
    public DateTimeOffset Start => new(_ticks[0], TimeSpan.Zero);

    /// <summary>The last time.</summary>
    public DateTimeOffset End => new(_ticks[^1], TimeSpan.Zero);

    /// <inheritdoc />
    public string Description => string.Create(CultureInfo.InvariantCulture, $"wind series of {_ticks.Length} points, {Start:yyyy-MM-ddTHH:mmZ} to {End:yyyy-MM-ddTHH:mmZ}");

    /// <summary>
    /// Reads a series from CSV lines <c>time,speed_m_s,from_deg</c> (ISO 8601 times; a header line and blank lines are
    /// skipped).
    /// </summary>
    /// <param name="reader">The text.</param>
    /// <returns>The series.</returns>
    /// <exception cref="FormatException">A line is malformed: the message names the line.</exception>
    public static WindSeries Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var points = new List<(DateTimeOffset, double, double)>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || (number == 1 && line.StartsWith("time", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length != 3
                || !DateTimeOffset.TryParse(fields[0].Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
                || !double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var speed)
                || !double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var from))
            {
                throw new FormatException($"Wind line {number}: expected \"time,speed_m_s,from_deg\", got \"{line}\".");
            }

            if (!double.IsFinite(speed) || speed is < 0 or > 75 || !double.IsFinite(from))
            {
                throw new FormatException($"Wind line {number}: the speed must be 0 to 75 m/s and the direction finite.");
            }

            if (points.Count > 0 && time <= points[^1].Item1)
            {
                throw new FormatException($"Wind line {number}: {time:O} is not after the line before.");
            }

            points.Add((time.ToUniversalTime(), speed, from));
        }

        return points.Count == 0 ? throw new FormatException("The wind series has no points.") : new WindSeries(points);
    }

    /// <inheritdoc />
    public void Sample(DateTimeOffset time, ReadOnlySpan<double> eastingsMetres, ReadOnlySpan<double> northingsMetres,
        Span<double> eastMetresPerSecond, Span<double> northMetresPerSecond)
    {
        var (east, north) = At(time);
        eastMetresPerSecond[..eastingsMetres.Length].Fill(east);
        northMetresPerSecond[..eastingsMetres.Length].Fill(north);
    }

    /// <summary>The wind at a time: clamped to the first or last point outside the series.</summary>
    /// <param name="time">When.</param>
    /// <returns>East and north components, m/s.</returns>
    public (double EastMetresPerSecond, double NorthMetresPerSecond) At(DateTimeOffset time)
    {
        var ticks = time.UtcTicks;
        var index = Array.BinarySearch(_ticks, ticks);
        if (index >= 0)
        {
            return (_east[index], _north[index]);
        }

        var after = ~index;
        if (after == 0)
        {
            return (_east[0], _north[0]);
        }

        if (after == _ticks.Length)
        {
            return (_east[^1], _north[^1]);
        }

        var fraction = (double)(ticks - _ticks[after - 1]) / (_ticks[after] - _ticks[after - 1]);
        return (_east[after - 1] + (fraction * (_east[after] - _east[after - 1])), _north[after - 1] + (fraction * (_north[after] - _north[after - 1])));
    }

    /// <inheritdoc />
    public void EnsureCovers(DateTimeOffset first, DateTimeOffset last, ProjectedArea area)
    {
        if (first.UtcTicks < _ticks[0] || last.UtcTicks > _ticks[^1])
        {
            throw new ForcingCoverageException(string.Create(CultureInfo.InvariantCulture,
                $"The wind series covers {Start:yyyy-MM-ddTHH:mm:ssZ} to {End:yyyy-MM-ddTHH:mm:ssZ}; the run needs {first.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ} to {last.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}."));
        }
    }
}
