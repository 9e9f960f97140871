using NetTopologySuite.Geometries;

namespace Entente.Geo.Rasters;

/// <summary>
/// Land and sea as a grid of cells in the Channel projection: a constant-time "is this point ashore?" for code that asks
/// it millions of times a second (drifting particles), where the exact polygon test would dominate.
/// </summary>
/// <remarks>A cell is land when its centre is on land, so the coast is right to within half a cell. Outside the grid
/// everything is sea. Immutable and thread-safe.</remarks>
public sealed class LandRaster
{
    private readonly bool[] _land;
    private readonly double _cellsPerMetre;

    private LandRaster(double minEastingMetres, double minNorthingMetres, double cellMetres, int columns, int rows, bool[] land)
    {
        MinEastingMetres = minEastingMetres;
        MinNorthingMetres = minNorthingMetres;
        CellMetres = cellMetres;
        Columns = columns;
        Rows = rows;
        _land = land;
        _cellsPerMetre = 1 / cellMetres;
    }

    /// <summary>The grid's west edge, metres.</summary>
    public double MinEastingMetres { get; }

    /// <summary>The grid's south edge, metres.</summary>
    public double MinNorthingMetres { get; }

    /// <summary>The side of a cell, metres.</summary>
    public double CellMetres { get; }

    /// <summary>Columns, west to east.</summary>
    public int Columns { get; }

    /// <summary>Rows, south to north.</summary>
    public int Rows { get; }

    /// <summary>Whether a point is on land.</summary>
    /// <param name="eastingMetres">Easting, Channel projection.</param>
    /// <param name="northingMetres">Northing.</param>
    /// <returns>True when its cell is land; false at sea and outside the grid.</returns>
    public bool IsLand(double eastingMetres, double northingMetres)
    {
        // Multiplying by the inverse: this runs for every particle on every step.
        var column = (eastingMetres - MinEastingMetres) * _cellsPerMetre;
        var row = (northingMetres - MinNorthingMetres) * _cellsPerMetre;
        // Written so that NaN also falls outside.
        if (!(column >= 0 && column < Columns && row >= 0 && row < Rows))
        {
            return false;
        }

        return _land[((int)row * Columns) + (int)column];
    }

    /// <summary>Rasterises land polygons, given in the Channel projection, by scanlines through cell centres (even-odd rule
    /// over every ring, so holes such as lakes are sea).</summary>
    internal static LandRaster Rasterise(Geometry landMetres, double cellMetres)
    {
        if (!double.IsFinite(cellMetres) || cellMetres < 10)
        {
            throw new ArgumentOutOfRangeException(nameof(cellMetres), cellMetres, "A land cell must be at least 10 m.");
        }

        var envelope = landMetres.EnvelopeInternal;
        var columns = Math.Max(1, (int)Math.Ceiling(envelope.Width / cellMetres));
        var rows = Math.Max(1, (int)Math.Ceiling(envelope.Height / cellMetres));
        var land = new bool[columns * rows];
        var rings = new List<Coordinate[]>();
        for (var i = 0; i < landMetres.NumGeometries; i++)
        {
            if (landMetres.GetGeometryN(i) is Polygon polygon)
            {
                rings.Add(polygon.ExteriorRing.Coordinates);
                rings.AddRange(polygon.InteriorRings.Select(r => r.Coordinates));
            }
        }

        var crossings = new List<double>();
        for (var row = 0; row < rows; row++)
        {
            var y = envelope.MinY + ((row + 0.5) * cellMetres);
            crossings.Clear();
            foreach (var ring in rings)
            {
                for (var k = 1; k < ring.Length; k++)
                {
                    var (a, b) = (ring[k - 1], ring[k]);
                    // Half-open in y, so a vertex on the scanline counts once.
                    if ((a.Y <= y) != (b.Y <= y))
                    {
                        crossings.Add(a.X + ((y - a.Y) / (b.Y - a.Y) * (b.X - a.X)));
                    }
                }
            }

            crossings.Sort();
            for (var k = 0; k + 1 < crossings.Count; k += 2)
            {
                var first = (int)Math.Ceiling(((crossings[k] - envelope.MinX) / cellMetres) - 0.5);
                var last = (int)Math.Floor(((crossings[k + 1] - envelope.MinX) / cellMetres) - 0.5);
                for (var column = Math.Max(0, first); column <= Math.Min(columns - 1, last); column++)
                {
                    land[(row * columns) + column] = true;
                }
            }
        }

        return new LandRaster(envelope.MinX, envelope.MinY, cellMetres, columns, rows, land);
    }
}
