using System.Globalization;
using Entente.Core.Positions;
using Entente.Core.Projection;
using Entente.Core.Units;

namespace Entente.Sar.Forcing;

/// <summary>
/// The built-in tidal stream of the Dover Strait: rectilinear along the Channel axis (flood toward the North Sea, ebb
/// back), the sum of the M2 and S2 constituents, so that rates swing between springs and neaps over 14.77 days, and
/// strongest in the narrows between Dover and Calais, weakening with distance along the axis.
/// </summary>
/// <remarks>
/// <para>A model that works out of the box, not a hydrodynamic forecast: Admiralty tidal stream atlas NP 250 gives spring
/// rates of 2.5–3 kn in the narrows, setting about 035°–050° on the flood, and about half that at neaps; the stream turns
/// near high and low water at Dover (a standing wave in the Strait), so one phase serves the whole field. Away from the
/// narrows the rate falls to about half over 70 km (the English Channel widens westward and the Southern Bight
/// eastward). Use NetCDF forcing from a hydrodynamic model for real work.</para>
/// <para>Grid east and north are taken as true east and north: the Channel projection's convergence is under 1.2° across
/// the area of interest. Immutable and thread-safe.</para>
/// </remarks>
public sealed class StraitTide : IVectorField
{
    /// <summary>The M2 period, 12.4206 h.</summary>
    public static readonly TimeSpan M2Period = TimeSpan.FromHours(12.4206012);

    /// <summary>The S2 period, 12 h.</summary>
    public static readonly TimeSpan S2Period = TimeSpan.FromHours(12);

    /// <summary>The centre of the narrows, between Dover and Cap Gris-Nez.</summary>
    public static readonly GeoPosition Narrows = GeoPosition.FromDegrees(51.0, 1.45);

    /// <summary>
    /// The phase used when no tidal prediction is given: peak flood at springs on 2024-01-13 at 11:00 UTC, about two days
    /// after the new moon of 2024-01-11 and near high water at Dover. The beat of M2 and S2 (14.77 days) is the mean
    /// spring–neap cycle, so springs and neaps fall within a day or so of the real ones; the hour of the stream may be out
    /// by an hour or two. Give the peak flood from the tidal stream atlas for a real case.
    /// </summary>
    public static readonly DateTimeOffset DefaultPeakFloodAtSprings = new(2024, 1, 13, 11, 0, 0, TimeSpan.Zero);

    private const double FalloffMetres = 70_000;
    private const double FarRatio = 0.45;

    private readonly double _m2Metres;
    private readonly double _s2Metres;
    private readonly double _axisEast;
    private readonly double _axisNorth;
    private readonly ProjectedPoint _narrows;

    /// <summary>Creates the stream.</summary>
    /// <param name="peakFloodAtSprings">A time of peak flood at spring tide (M2 and S2 in phase).</param>
    /// <param name="springRateKnots">The peak spring rate in the narrows, knots (0 to 6).</param>
    /// <param name="neapRatio">The neap rate as a fraction of the spring rate (0 to 1).</param>
    /// <param name="floodDirectionDegrees">Where the flood sets, degrees true.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public StraitTide(DateTimeOffset peakFloodAtSprings, double springRateKnots = 2.9, double neapRatio = 0.5, double floodDirectionDegrees = 40)
    {
        if (!double.IsFinite(springRateKnots) || springRateKnots is < 0 or > 6)
        {
            throw new ArgumentOutOfRangeException(nameof(springRateKnots), springRateKnots, "The spring rate must be 0 to 6 knots.");
        }

        if (!double.IsFinite(neapRatio) || neapRatio is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(neapRatio), neapRatio, "The neap ratio must be 0 to 1.");
        }

        if (!double.IsFinite(floodDirectionDegrees))
        {
            throw new ArgumentOutOfRangeException(nameof(floodDirectionDegrees), floodDirectionDegrees, "The flood direction must be finite.");
        }

        PeakFloodAtSprings = peakFloodAtSprings;
        SpringRateKnots = springRateKnots;
        NeapRatio = neapRatio;
        FloodDirectionDegrees = UnitConversions.NormaliseBearingDegrees(floodDirectionDegrees);
        var spring = UnitConversions.KnotsToMetresPerSecond(springRateKnots);
        _m2Metres = spring * (1 + neapRatio) / 2;
        _s2Metres = spring * (1 - neapRatio) / 2;
        var direction = UnitConversions.DegreesToRadians(FloodDirectionDegrees);
        (_axisEast, _axisNorth) = (Math.Sin(direction), Math.Cos(direction));
        _narrows = ChannelProjection.Project(Narrows);
    }

    /// <summary>A time of peak flood at springs.</summary>
    public DateTimeOffset PeakFloodAtSprings { get; }

    /// <summary>The peak spring rate in the narrows, knots.</summary>
    public double SpringRateKnots { get; }

    /// <summary>The neap rate as a fraction of the spring rate.</summary>
    public double NeapRatio { get; }

    /// <summary>Where the flood sets, degrees true.</summary>
    public double FloodDirectionDegrees { get; }

    /// <inheritdoc />
    public string Description => string.Create(CultureInfo.InvariantCulture,
        $"Strait tidal stream (M2+S2), springs {SpringRateKnots:0.0} kn setting {FloodDirectionDegrees:000}° on the flood, peak flood at springs {PeakFloodAtSprings.UtcDateTime:yyyy-MM-ddTHH:mmZ}");

    /// <summary>The signed rate along the flood direction in the narrows at a time, m/s (negative on the ebb).</summary>
    /// <param name="time">When.</param>
    /// <returns>The rate.</returns>
    public double NarrowsRateMetresPerSecond(DateTimeOffset time)
    {
        var seconds = (time - PeakFloodAtSprings).TotalSeconds;
        return (_m2Metres * Math.Cos(2 * Math.PI * seconds / M2Period.TotalSeconds)) + (_s2Metres * Math.Cos(2 * Math.PI * seconds / S2Period.TotalSeconds));
    }

    /// <summary>How much of the narrows' rate runs at a place: 1 in the narrows, falling toward 0.45 far along the axis.</summary>
    /// <param name="eastingMetres">Easting.</param>
    /// <param name="northingMetres">Northing.</param>
    /// <returns>The ratio.</returns>
    public double RateRatio(double eastingMetres, double northingMetres)
    {
        var along = ((eastingMetres - _narrows.EastingMetres) * _axisEast) + ((northingMetres - _narrows.NorthingMetres) * _axisNorth);
        var scaled = along / FalloffMetres;
        return FarRatio + ((1 - FarRatio) * Math.Exp(-scaled * scaled));
    }

    /// <inheritdoc />
    public void Sample(DateTimeOffset time, ReadOnlySpan<double> eastingsMetres, ReadOnlySpan<double> northingsMetres,
        Span<double> eastMetresPerSecond, Span<double> northMetresPerSecond)
    {
        var rate = NarrowsRateMetresPerSecond(time);
        for (var i = 0; i < eastingsMetres.Length; i++)
        {
            var speed = rate * RateRatio(eastingsMetres[i], northingsMetres[i]);
            eastMetresPerSecond[i] = speed * _axisEast;
            northMetresPerSecond[i] = speed * _axisNorth;
        }
    }

    /// <inheritdoc />
    public void EnsureCovers(DateTimeOffset first, DateTimeOffset last, ProjectedArea area)
    {
    }
}
