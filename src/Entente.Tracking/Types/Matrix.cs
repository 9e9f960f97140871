namespace Entente.Tracking.Types;

/// <summary>
/// A small dense matrix of doubles, immutable: the states and covariances of the filters are 4×4 or smaller, so plain
/// row-major arrays and textbook operations are fast enough and easy to check.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class Matrix
{
    private readonly double[] _values;

    private Matrix(int rows, int columns, double[] values)
    {
        Rows = rows;
        Columns = columns;
        _values = values;
    }

    /// <summary>Number of rows.</summary>
    public int Rows { get; }

    /// <summary>Number of columns.</summary>
    public int Columns { get; }

    /// <summary>An element.</summary>
    /// <param name="row">Row, from 0.</param>
    /// <param name="column">Column, from 0.</param>
    public double this[int row, int column] => _values[(row * Columns) + column];

    /// <summary>The elements, row-major, for the filters' unrolled arithmetic.</summary>
    internal ReadOnlySpan<double> Values => _values;

    /// <summary>A matrix over a row-major array that the caller hands over and never changes again.</summary>
    internal static Matrix Wrap(int rows, int columns, double[] values) => new(rows, columns, values);

    /// <summary>A matrix from a two-dimensional array (copied).</summary>
    /// <param name="values">The elements.</param>
    /// <returns>The matrix.</returns>
    public static Matrix From(double[,] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var rows = values.GetLength(0);
        var columns = values.GetLength(1);
        var data = new double[rows * columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                data[(i * columns) + j] = values[i, j];
            }
        }

        return new Matrix(rows, columns, data);
    }

    /// <summary>A column vector.</summary>
    /// <param name="values">The elements.</param>
    /// <returns>An n×1 matrix.</returns>
    public static Matrix Column(params double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new Matrix(values.Length, 1, [.. values]);
    }

    /// <summary>The identity.</summary>
    /// <param name="size">Rows and columns.</param>
    /// <returns>The matrix.</returns>
    public static Matrix Identity(int size)
    {
        var data = new double[size * size];
        for (var i = 0; i < size; i++)
        {
            data[(i * size) + i] = 1;
        }

        return new Matrix(size, size, data);
    }

    /// <summary>A diagonal matrix.</summary>
    /// <param name="diagonal">The diagonal.</param>
    /// <returns>The matrix.</returns>
    public static Matrix Diagonal(params double[] diagonal)
    {
        ArgumentNullException.ThrowIfNull(diagonal);
        var n = diagonal.Length;
        var data = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            data[(i * n) + i] = diagonal[i];
        }

        return new Matrix(n, n, data);
    }

    /// <summary>The product.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>a·b.</returns>
    public static Matrix operator *(Matrix a, Matrix b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Columns != b.Rows)
        {
            throw new ArgumentException($"Cannot multiply {a.Rows}×{a.Columns} by {b.Rows}×{b.Columns}.", nameof(b));
        }

        var data = new double[a.Rows * b.Columns];
        for (var i = 0; i < a.Rows; i++)
        {
            for (var k = 0; k < a.Columns; k++)
            {
                var aik = a._values[(i * a.Columns) + k];
                for (var j = 0; j < b.Columns; j++)
                {
                    data[(i * b.Columns) + j] += aik * b._values[(k * b.Columns) + j];
                }
            }
        }

        return new Matrix(a.Rows, b.Columns, data);
    }

    /// <summary>The sum.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>a + b.</returns>
    public static Matrix operator +(Matrix a, Matrix b) => Combine(a, b, 1);

    /// <summary>The difference.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>a − b.</returns>
    public static Matrix operator -(Matrix a, Matrix b) => Combine(a, b, -1);

    /// <summary>The product.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>a·b.</returns>
    public static Matrix Multiply(Matrix a, Matrix b) => a * b;

    /// <summary>The sum.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>a + b.</returns>
    public static Matrix Add(Matrix a, Matrix b) => a + b;

    /// <summary>The difference.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>a − b.</returns>
    public static Matrix Subtract(Matrix a, Matrix b) => a - b;

    /// <summary>The transpose.</summary>
    /// <returns>Aᵀ.</returns>
    public Matrix Transpose()
    {
        var data = new double[_values.Length];
        for (var i = 0; i < Rows; i++)
        {
            for (var j = 0; j < Columns; j++)
            {
                data[(j * Rows) + i] = _values[(i * Columns) + j];
            }
        }

        return new Matrix(Columns, Rows, data);
    }

    /// <summary>The inverse, by Gauss–Jordan elimination with partial pivoting.</summary>
    /// <returns>A⁻¹.</returns>
    /// <exception cref="InvalidOperationException">The matrix is not square or is singular.</exception>
    public Matrix Inverse()
    {
        if (Rows != Columns)
        {
            throw new InvalidOperationException("Only a square matrix has an inverse.");
        }

        var n = Rows;
        var a = (double[])_values.Clone();
        var inverse = Identity(n)._values;
        for (var column = 0; column < n; column++)
        {
            var pivot = column;
            for (var r = column + 1; r < n; r++)
            {
                if (Math.Abs(a[(r * n) + column]) > Math.Abs(a[(pivot * n) + column]))
                {
                    pivot = r;
                }
            }

            var p = a[(pivot * n) + column];
            if (Math.Abs(p) < 1e-300)
            {
                throw new InvalidOperationException("The matrix is singular.");
            }

            Swap(a, n, pivot, column);
            Swap(inverse, n, pivot, column);
            for (var j = 0; j < n; j++)
            {
                a[(column * n) + j] /= p;
                inverse[(column * n) + j] /= p;
            }

            for (var r = 0; r < n; r++)
            {
                var f = a[(r * n) + column];
                if (r == column || f == 0)
                {
                    continue;
                }

                for (var j = 0; j < n; j++)
                {
                    a[(r * n) + j] -= f * a[(column * n) + j];
                    inverse[(r * n) + j] -= f * inverse[(column * n) + j];
                }
            }
        }

        return new Matrix(n, n, inverse);
    }

    /// <summary>The determinant, by elimination with partial pivoting.</summary>
    /// <returns>det A.</returns>
    /// <exception cref="InvalidOperationException">The matrix is not square.</exception>
    public double Determinant()
    {
        if (Rows != Columns)
        {
            throw new InvalidOperationException("Only a square matrix has a determinant.");
        }

        var n = Rows;
        var a = (double[])_values.Clone();
        var determinant = 1.0;
        for (var column = 0; column < n; column++)
        {
            var pivot = column;
            for (var r = column + 1; r < n; r++)
            {
                if (Math.Abs(a[(r * n) + column]) > Math.Abs(a[(pivot * n) + column]))
                {
                    pivot = r;
                }
            }

            if (a[(pivot * n) + column] == 0)
            {
                return 0;
            }

            if (pivot != column)
            {
                Swap(a, n, pivot, column);
                determinant = -determinant;
            }

            var p = a[(column * n) + column];
            determinant *= p;
            for (var r = column + 1; r < n; r++)
            {
                var f = a[(r * n) + column] / p;
                for (var j = column; j < n; j++)
                {
                    a[(r * n) + j] -= f * a[(column * n) + j];
                }
            }
        }

        return determinant;
    }

    /// <summary>The same matrix made exactly symmetric, (A + Aᵀ)/2: keeps covariances symmetric against rounding.</summary>
    /// <returns>The symmetric part.</returns>
    public Matrix Symmetrised()
    {
        var data = new double[_values.Length];
        for (var i = 0; i < Rows; i++)
        {
            for (var j = 0; j < Columns; j++)
            {
                data[(i * Columns) + j] = (_values[(i * Columns) + j] + _values[(j * Columns) + i]) / 2;
            }
        }

        return new Matrix(Rows, Columns, data);
    }

    private static Matrix Combine(Matrix a, Matrix b, double sign)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Rows != b.Rows || a.Columns != b.Columns)
        {
            throw new ArgumentException($"Cannot combine {a.Rows}×{a.Columns} with {b.Rows}×{b.Columns}.", nameof(b));
        }

        var data = new double[a._values.Length];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = a._values[i] + (sign * b._values[i]);
        }

        return new Matrix(a.Rows, a.Columns, data);
    }

    private static void Swap(double[] values, int n, int r1, int r2)
    {
        if (r1 == r2)
        {
            return;
        }

        for (var j = 0; j < n; j++)
        {
            (values[(r1 * n) + j], values[(r2 * n) + j]) = (values[(r2 * n) + j], values[(r1 * n) + j]);
        }
    }
}
