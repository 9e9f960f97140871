using Entente.Core.Projection;

namespace Entente.Sar.Search.Patterns;

/// <summary>A search rectangle in the Channel projection: a centre, a length along a grid bearing and a width across it.</summary>
/// <remarks>Immutable. By convention the length is the long side, but nothing requires it.</remarks>
public sealed class SearchRectangle
{
    /// <summary>Creates a rectangle.</summary>
    /// <param name="centre">The centre, Channel projection.</param>
    /// <param name="lengthMetres">Side along <paramref name="orientationDegrees"/>, metres, above 0.</param>
    /// <param name="widthMetres">Side across it, metres, above 0.</param>
    /// <param name="orientationDegrees">Grid bearing of the length, degrees (taken modulo 180: a rectangle has no direction).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public SearchRectangle(ProjectedPoint centre, double lengthMetres, double widthMetres, double orientationDegrees)
    {
        if (!double.IsFinite(centre.EastingMetres) || !double.IsFinite(centre.NorthingMetres))
        {
            throw new ArgumentOutOfRangeException(nameof(centre), centre, "The centre must be finite.");
        }

        if (!double.IsFinite(lengthMetres) || lengthMetres <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(lengthMetres), lengthMetres, "The length must be finite and above 0.");
        }

        if (!double.IsFinite(widthMetres) || widthMetres <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(widthMetres), widthMetres, "The width must be finite and above 0.");
        }

        if (!double.IsFinite(orientationDegrees))
        {
            throw new ArgumentOutOfRangeException(nameof(orientationDegrees), orientationDegrees, "The orientation must be finite.");
        }

        Centre = centre;
        LengthMetres = lengthMetres;
        WidthMetres = widthMetres;
        OrientationDegrees = ((orientationDegrees % 180.0) + 180.0) % 180.0;
    }

    /// <summary>The centre, Channel projection.</summary>
    public ProjectedPoint Centre { get; }

    /// <summary>Side along <see cref="OrientationDegrees"/>, metres.</summary>
    public double LengthMetres { get; }

    /// <summary>Side across it, metres.</summary>
    public double WidthMetres { get; }

    /// <summary>Grid bearing of the length, degrees, 0 to 180.</summary>
    public double OrientationDegrees { get; }

    /// <summary>Area, square metres.</summary>
    public double AreaSquareMetres => LengthMetres * WidthMetres;

    /// <summary>The four corners, counter-clockwise.</summary>
    /// <returns>The corners.</returns>
    public IReadOnlyList<ProjectedPoint> Corners() =>
        PlaneGeometry.CounterClockwise(
        [
            PointAt(-LengthMetres / 2, -WidthMetres / 2),
            PointAt(LengthMetres / 2, -WidthMetres / 2),
            PointAt(LengthMetres / 2, WidthMetres / 2),
            PointAt(-LengthMetres / 2, WidthMetres / 2),
        ]);

    /// <summary>A point given as distance along the length and across it (positive 90° clockwise of the length) from the centre.</summary>
    /// <param name="alongMetres">Metres along the length.</param>
    /// <param name="acrossMetres">Metres across.</param>
    /// <returns>The point.</returns>
    public ProjectedPoint PointAt(double alongMetres, double acrossMetres) =>
        PlaneGeometry.FromFrame(Centre, OrientationDegrees, alongMetres, acrossMetres);

    /// <summary>Whether a point lies inside (within a millimetre of the edge counts).</summary>
    /// <param name="point">The point.</param>
    /// <returns>True when inside.</returns>
    public bool Contains(ProjectedPoint point)
    {
        var (along, across) = ToFrame(point);
        return Math.Abs(along) <= (LengthMetres / 2) + 1e-3 && Math.Abs(across) <= (WidthMetres / 2) + 1e-3;
    }

    /// <summary>Splits the rectangle across its width into strips of the full length, one per asset.</summary>
    /// <param name="shares">The relative share of each strip (e.g. each asset's effort), all above 0.</param>
    /// <returns>The strips, in order across the width.</returns>
    /// <exception cref="ArgumentOutOfRangeException">There are no shares, or a share is not positive and finite.</exception>
    public IReadOnlyList<SearchRectangle> SplitAcrossWidth(IReadOnlyList<double> shares)
    {
        var fractions = Fractions(shares);
        var strips = new SearchRectangle[fractions.Length];
        var start = -WidthMetres / 2;
        for (var i = 0; i < fractions.Length; i++)
        {
            var width = WidthMetres * fractions[i];
            strips[i] = new SearchRectangle(PointAt(0, start + (width / 2)), LengthMetres, width, OrientationDegrees);
            start += width;
        }

        return strips;
    }

    /// <summary>Splits the rectangle along its length into blocks of the full width, one per asset.</summary>
    /// <param name="shares">The relative share of each block, all above 0.</param>
    /// <returns>The blocks, in order along the length.</returns>
    /// <exception cref="ArgumentOutOfRangeException">There are no shares, or a share is not positive and finite.</exception>
    public IReadOnlyList<SearchRectangle> SplitAlongLength(IReadOnlyList<double> shares)
    {
        var fractions = Fractions(shares);
        var blocks = new SearchRectangle[fractions.Length];
        var start = -LengthMetres / 2;
        for (var i = 0; i < fractions.Length; i++)
        {
            var length = LengthMetres * fractions[i];
            blocks[i] = new SearchRectangle(PointAt(start + (length / 2), 0), length, WidthMetres, OrientationDegrees);
            start += length;
        }

        return blocks;
    }

    internal (double Along, double Across) ToFrame(ProjectedPoint point)
    {
        var (sin, cos) = Math.SinCos(OrientationDegrees * Math.PI / 180.0);
        var de = point.EastingMetres - Centre.EastingMetres;
        var dn = point.NorthingMetres - Centre.NorthingMetres;
        return ((de * sin) + (dn * cos), (de * cos) - (dn * sin));
    }

    private static double[] Fractions(IReadOnlyList<double> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        if (shares.Count == 0 || shares.Any(s => !double.IsFinite(s) || s <= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(shares), "There must be at least one share, and every share must be finite and above 0.");
        }

        var total = shares.Sum();
        return shares.Select(s => s / total).ToArray();
    }
}
