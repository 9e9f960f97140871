using Entente.Sar.Particles;

namespace Entente.Sar.Outputs;

/// <summary>
/// The probability of containment on a square grid in the Channel projection: each cell holds the weight of the
/// particles in it (in the water or on the coast), so the cells sum to 1.
/// </summary>
/// <remarks>Immutable. The grid covers the particles with <see cref="Margin"/> empty cells around them, room for smoothing.</remarks>
public sealed class ContainmentGrid
{
    /// <summary>The most cells a grid may have, so that a wide cloud on a fine grid cannot exhaust memory.</summary>
    public const int MaxCells = 16_000_000;

    /// <summary>Empty cells kept around the particles.</summary>
    public const int Margin = 3;

    private readonly double[] _probability;

    private ContainmentGrid(DateTimeOffset time, double minEastingMetres, double minNorthingMetres, double cellMetres, int columns, int rows, double[] probability)
    {
        Time = time;
        MinEastingMetres = minEastingMetres;
        MinNorthingMetres = minNorthingMetres;
        CellMetres = cellMetres;
        Columns = columns;
        Rows = rows;
        _probability = probability;
    }

    /// <summary>When the particles were there.</summary>
    public DateTimeOffset Time { get; }

    /// <summary>West edge, metres.</summary>
    public double MinEastingMetres { get; }

    /// <summary>South edge, metres.</summary>
    public double MinNorthingMetres { get; }

    /// <summary>The side of a cell, metres.</summary>
    public double CellMetres { get; }

    /// <summary>Columns, west to east.</summary>
    public int Columns { get; }

    /// <summary>Rows, south to north.</summary>
    public int Rows { get; }

    /// <summary>Each cell's probability, row by row from the south-west.</summary>
    public ReadOnlySpan<double> Probabilities => _probability;

    /// <summary>Builds the grid of a cloud.</summary>
    /// <param name="cloud">The particles.</param>
    /// <param name="cellMetres">The side of a cell, metres; when null, a fortieth of the cloud's larger extent, at least 50 m.</param>
    /// <returns>The grid.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The cell is not positive, or the grid would be too large.</exception>
    public static ContainmentGrid FromCloud(ParticleCloud cloud, double? cellMetres = null)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        var x = cloud.EastingsMetres;
        var y = cloud.NorthingsMetres;
        var w = cloud.Weights;
        var states = cloud.States;
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue, total = 0;
        for (var i = 0; i < cloud.Count; i++)
        {
            if (states[i] == ParticleState.NotDeparted)
            {
                continue;
            }

            (minX, maxX) = (Math.Min(minX, x[i]), Math.Max(maxX, x[i]));
            (minY, maxY) = (Math.Min(minY, y[i]), Math.Max(maxY, y[i]));
            total += w[i];
        }

        var departed = total > 0;
        if (!departed)
        {
            // Nothing in the water yet: the grid shows where the particles wait.
            for (var i = 0; i < cloud.Count; i++)
            {
                (minX, maxX) = (Math.Min(minX, x[i]), Math.Max(maxX, x[i]));
                (minY, maxY) = (Math.Min(minY, y[i]), Math.Max(maxY, y[i]));
                total += w[i];
            }
        }

        var cell = cellMetres ?? Math.Max(50, Math.Max(maxX - minX, maxY - minY) / 40);
        if (!double.IsFinite(cell) || cell <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(cellMetres), cellMetres, "A cell must be positive.");
        }

        var originX = (Math.Floor(minX / cell) - Margin) * cell;
        var originY = (Math.Floor(minY / cell) - Margin) * cell;
        var columns = (int)Math.Floor((maxX - originX) / cell) + 1 + Margin;
        var rows = (int)Math.Floor((maxY - originY) / cell) + 1 + Margin;
        if ((long)columns * rows > MaxCells)
        {
            throw new ArgumentOutOfRangeException(nameof(cellMetres), cellMetres, $"A {cell:0} m grid over this cloud would need {(long)columns * rows:N0} cells; use larger cells.");
        }

        var probability = new double[columns * rows];
        for (var i = 0; i < cloud.Count; i++)
        {
            if (departed && states[i] == ParticleState.NotDeparted)
            {
                continue;
            }

            var column = (int)((x[i] - originX) / cell);
            var row = (int)((y[i] - originY) / cell);
            probability[(row * columns) + column] += w[i] / total;
        }

        return new ContainmentGrid(cloud.Time, originX, originY, cell, columns, rows, probability);
    }

    /// <summary>
    /// The grid smoothed by the binomial kernel [1 2 1]/4 along rows and columns, once per pass (two passes are close to a
    /// Gaussian of one cell): Monte Carlo noise otherwise breaks containment areas into specks and pinholes.
    /// </summary>
    /// <param name="passes">Passes, 0 to <see cref="Margin"/>.</param>
    /// <returns>The smoothed grid, summing to 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Too many passes.</exception>
    public ContainmentGrid Smoothed(int passes)
    {
        if (passes is < 0 or > Margin)
        {
            throw new ArgumentOutOfRangeException(nameof(passes), passes, $"Smoothing takes 0 to {Margin} passes.");
        }

        var current = (double[])_probability.Clone();
        var next = new double[current.Length];
        for (var pass = 0; pass < passes; pass++)
        {
            Blur(current, next, 1, Columns);
            Blur(next, current, Columns, Rows);
        }

        var total = current.Sum();
        for (var i = 0; i < current.Length; i++)
        {
            current[i] /= total;
        }

        return new ContainmentGrid(Time, MinEastingMetres, MinNorthingMetres, CellMetres, Columns, Rows, current);
    }

    /// <summary>The probability in one cell.</summary>
    /// <param name="column">Column.</param>
    /// <param name="row">Row.</param>
    /// <returns>The probability.</returns>
    public double At(int column, int row) => _probability[(row * Columns) + column];

    /// <summary>
    /// The smallest set of cells that holds at least a given probability: the highest-density cells first.
    /// </summary>
    /// <param name="level">The probability to contain, above 0 and at most 1 (0.5 and 0.9 for the usual areas).</param>
    /// <returns>A mask over the cells (row by row) and the probability it actually holds.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is out of range.</exception>
    public (bool[] Mask, double Contained) HighestDensity(double level)
    {
        if (!double.IsFinite(level) || level is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The level must be above 0 and at most 1.");
        }

        var order = Enumerable.Range(0, _probability.Length).Where(i => _probability[i] > 0).ToArray();
        Array.Sort(order, (a, b) => _probability[b].CompareTo(_probability[a]));
        var mask = new bool[_probability.Length];
        var contained = 0.0;
        // A little slack for rounding, so that a level of 1 is reached by the last cell.
        foreach (var cell in order)
        {
            if (contained >= level - 1e-12)
            {
                break;
            }

            mask[cell] = true;
            contained += _probability[cell];
        }

        return (mask, Math.Min(1, contained));
    }

    // One [1 2 1]/4 pass along one axis: stride 1 along rows, stride Columns along columns.
    private void Blur(double[] source, double[] target, int stride, int length)
    {
        for (var i = 0; i < source.Length; i++)
        {
            var position = stride == 1 ? i % Columns : i / Columns;
            var before = position > 0 ? source[i - stride] : 0;
            var after = position < length - 1 ? source[i + stride] : 0;
            target[i] = (before + (2 * source[i]) + after) / 4;
        }
    }
}
