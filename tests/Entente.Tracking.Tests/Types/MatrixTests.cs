using Entente.Tracking.Types;

namespace Entente.Tracking.Tests.Types;

public sealed class MatrixTests
{
    [Fact]
    public void ProductsTransposesAndInverses_FollowTheTextbook()
    {
        var a = Matrix.From(new double[,] { { 4, 7, 2 }, { 3, 6, 1 }, { 2, 5, 3 } });
        var product = a * a.Inverse();
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                Assert.Equal(i == j ? 1 : 0, product[i, j], 12);
            }
        }

        var b = Matrix.From(new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } });
        var ab = a * b;
        Assert.Equal((4 * 1) + (7 * 3) + (2 * 5), ab[0, 0]);
        Assert.Equal((2 * 2) + (5 * 4) + (3 * 6), ab[2, 1]);
        Assert.Equal(6, b.Transpose()[1, 2]);
        Assert.Equal(2, b.Transpose().Rows);
        Assert.Throws<ArgumentException>(() => b * b);
        Assert.Throws<InvalidOperationException>(() => Matrix.From(new double[,] { { 1, 2 }, { 2, 4 } }).Inverse());
    }

    [Fact]
    public void AnInverseNeedingAPivot_IsStillRight()
    {
        var a = Matrix.From(new double[,] { { 0, 1 }, { 1, 0 } });
        Assert.Equal(1, a.Inverse()[0, 1]);
        Assert.Equal(0, a.Inverse()[0, 0]);
    }
}
