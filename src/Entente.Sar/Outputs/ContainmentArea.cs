using Entente.Core.Positions;
using Entente.Core.Projection;

namespace Entente.Sar.Outputs;

/// <summary>
/// The area that holds a given probability of the search object (the 50% and 90% areas searches are planned on): the
/// highest-density cells of a <see cref="ContainmentGrid"/>, outlined as polygons along cell edges.
/// </summary>
/// <remarks>Cells are ranked on the grid smoothed by two binomial passes, so that sampling noise does not scatter the
/// area into specks; the probability contained is the smoothed grid's.</remarks>
/// <param name="Level">The probability asked for.</param>
/// <param name="Contained">The probability the cells actually hold (at least the level, by up to one cell).</param>
/// <param name="AreaSquareMetres">The area, square metres in the Channel projection.</param>
/// <param name="Polygons">The outline: one polygon per separate patch.</param>
public sealed record ContainmentArea(double Level, double Contained, double AreaSquareMetres, IReadOnlyList<ContainmentPolygon> Polygons)
{
    /// <summary>Outlines the highest-density cells of a grid.</summary>
    /// <param name="grid">The grid.</param>
    /// <param name="level">The probability to contain, e.g. 0.5 or 0.9.</param>
    /// <param name="smoothingPasses">Binomial smoothing passes before ranking (see <see cref="ContainmentGrid.Smoothed"/>).</param>
    /// <returns>The area.</returns>
    public static ContainmentArea Of(ContainmentGrid grid, double level, int smoothingPasses = 2)
    {
        ArgumentNullException.ThrowIfNull(grid);
        var (mask, contained) = grid.Smoothed(smoothingPasses).HighestDensity(level);
        var rings = CellOutline.Trace(mask, grid.Columns, grid.Rows);
        var cellArea = grid.CellMetres * grid.CellMetres;
        var area = mask.Count(m => m) * cellArea;
        var polygons = CellOutline.Assemble(rings)
            .Select(p => new ContainmentPolygon(ToPositions(grid, p.Outer), p.Holes.Select(h => ToPositions(grid, h)).ToList()))
            .ToList();
        return new ContainmentArea(level, contained, area, polygons);
    }

    private static List<GeoPosition> ToPositions(ContainmentGrid grid, IReadOnlyList<(int Column, int Row)> ring) =>
        ring.Select(v => ChannelProjection.Unproject(new ProjectedPoint(grid.MinEastingMetres + (v.Column * grid.CellMetres), grid.MinNorthingMetres + (v.Row * grid.CellMetres))))
            .ToList();
}
