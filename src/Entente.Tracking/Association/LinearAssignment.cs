namespace Entente.Tracking.Association;

/// <summary>
/// The minimum-cost assignment of rows to columns of a rectangular cost matrix (shortest augmenting paths with dual
/// potentials, the Jonker–Volgenant family; O(n²m) for n ≤ m). Used to associate detections with tracks and to pair
/// tracks with truths in the metrics.
/// </summary>
/// <remarks>A cost of <see cref="double.PositiveInfinity"/> forbids a pair; a row left with only forbidden pairs is left
/// unassigned. The method is thread-safe; it allocates only its result and working arrays.</remarks>
public static class LinearAssignment
{
    /// <summary>Solves the assignment.</summary>
    /// <param name="costs">The costs, rows × columns; finite or positive infinity, never NaN or negative infinity.</param>
    /// <returns>For each row, its column, or -1 when it is unassigned (more rows than columns, or only forbidden pairs).</returns>
    /// <exception cref="ArgumentException">A cost is NaN or negative infinity.</exception>
    public static int[] Solve(double[,] costs)
    {
        ArgumentNullException.ThrowIfNull(costs);
        var rows = costs.GetLength(0);
        var columns = costs.GetLength(1);
        if (rows == 0 || columns == 0)
        {
            return [.. Enumerable.Repeat(-1, rows)];
        }

        // Forbidden pairs become a cost larger than any finite assignment, then are dropped from the answer.
        var largest = 0.0;
        foreach (var c in costs)
        {
            if (double.IsNaN(c) || double.IsNegativeInfinity(c))
            {
                throw new ArgumentException("Costs must be finite or positive infinity.", nameof(costs));
            }

            if (double.IsFinite(c))
            {
                largest = Math.Max(largest, Math.Abs(c));
            }
        }

        var forbidden = (largest + 1) * (Math.Max(rows, columns) + 1);
        var transpose = rows > columns;
        var n = transpose ? columns : rows;
        var m = transpose ? rows : columns;
        double Cost(int i, int j)
        {
            var c = transpose ? costs[j, i] : costs[i, j];
            return double.IsPositiveInfinity(c) ? forbidden : c;
        }

        var assignedRow = Solve(n, m, Cost);
        var result = new int[rows];
        Array.Fill(result, -1);
        for (var j = 0; j < m; j++)
        {
            var i = assignedRow[j];
            if (i < 0)
            {
                continue;
            }

            var (row, column) = transpose ? (j, i) : (i, j);
            if (!double.IsPositiveInfinity(costs[row, column]))
            {
                result[row] = column;
            }
        }

        return result;
    }

    // Rows 0..n-1 are placed one at a time by a shortest augmenting path over the columns, keeping dual potentials u
    // (rows) and v (columns) so that reduced costs stay non-negative. Returns, for each column, its row or -1.
    private static int[] Solve(int n, int m, Func<int, int, double> cost)
    {
        var u = new double[n + 1];
        var v = new double[m + 1];
        var rowOfColumn = new int[m + 1];
        var way = new int[m + 1];
        var minimum = new double[m + 1];
        var used = new bool[m + 1];
        for (var i = 1; i <= n; i++)
        {
            rowOfColumn[0] = i;
            var column = 0;
            Array.Fill(minimum, double.PositiveInfinity);
            Array.Fill(used, false);
            do
            {
                used[column] = true;
                var row = rowOfColumn[column];
                var delta = double.PositiveInfinity;
                var next = 0;
                for (var j = 1; j <= m; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }

                    var reduced = cost(row - 1, j - 1) - u[row] - v[j];
                    if (reduced < minimum[j])
                    {
                        minimum[j] = reduced;
                        way[j] = column;
                    }

                    if (minimum[j] < delta)
                    {
                        delta = minimum[j];
                        next = j;
                    }
                }

                for (var j = 0; j <= m; j++)
                {
                    if (used[j])
                    {
                        u[rowOfColumn[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minimum[j] -= delta;
                    }
                }

                column = next;
            }
            while (rowOfColumn[column] != 0);

            do
            {
                var previous = way[column];
                rowOfColumn[column] = rowOfColumn[previous];
                column = previous;
            }
            while (column != 0);
        }

        var result = new int[m];
        for (var j = 1; j <= m; j++)
        {
            result[j - 1] = rowOfColumn[j] - 1;
        }

        return result;
    }
}
