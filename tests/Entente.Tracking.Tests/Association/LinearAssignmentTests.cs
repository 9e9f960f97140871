using Entente.Tracking.Association;

namespace Entente.Tracking.Tests.Association;

public sealed class LinearAssignmentTests
{
    [Fact]
    public void ASmallSquareProblem_HasItsKnownOptimum()
    {
        // The optimum is 1→1, 0→2, 2→0 (costs 2 + 1 + 2 = 5), not the greedy 0→0 (1).
        var costs = new double[,] { { 1, 4, 1 }, { 9, 2, 9 }, { 2, 9, 9 } };
        var result = LinearAssignment.Solve(costs);
        Assert.Equal([2, 1, 0], result);
    }

    [Fact]
    public void MoreRowsThanColumns_LeavesTheDearestRowsOut()
    {
        var costs = new double[,] { { 5 }, { 1 }, { 3 } };
        Assert.Equal([-1, 0, -1], LinearAssignment.Solve(costs));

        // Two rows wanting the same column: the cheaper whole (2 + 1) beats the greedy first choice (1 + 9).
        Assert.Equal([1, 0], LinearAssignment.Solve(new double[,] { { 1, 2, 3 }, { 1, 9, 9 } }));
    }

    [Fact]
    public void ForbiddenPairs_AreNeverChosen_AndARowWithOnlyForbiddenPairsStaysOut()
    {
        var inf = double.PositiveInfinity;
        var costs = new double[,] { { inf, 3 }, { inf, inf }, { 1, 2 } };
        Assert.Equal([1, -1, 0], LinearAssignment.Solve(costs));
    }

    [Fact]
    public void EmptyProblems_AndBadCosts()
    {
        Assert.Empty(LinearAssignment.Solve(new double[0, 3]));
        Assert.Equal([-1, -1], LinearAssignment.Solve(new double[2, 0]));
        Assert.Throws<ArgumentException>(() => LinearAssignment.Solve(new double[,] { { double.NaN } }));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RandomProblems_MatchAnExhaustiveSearch(int seed)
    {
        var random = new Random(seed);
        for (var trial = 0; trial < 200; trial++)
        {
            var rows = random.Next(1, 7);
            var columns = random.Next(1, 7);
            var costs = new double[rows, columns];
            for (var i = 0; i < rows; i++)
            {
                for (var j = 0; j < columns; j++)
                {
                    costs[i, j] = random.NextDouble() < 0.15 ? double.PositiveInfinity : Math.Round(random.NextDouble() * 100, 1);
                }
            }

            var result = LinearAssignment.Solve(costs);
            Assert.Equal(result.Count(c => c >= 0), result.Where(c => c >= 0).Distinct().Count());
            var (bestCount, bestCost) = Exhaustive(costs, 0, new bool[columns]);
            Assert.Equal(bestCount, result.Count(c => c >= 0));
            Assert.Equal(bestCost, result.Select((c, i) => c >= 0 ? costs[i, c] : 0).Sum(), 6);
        }
    }

    // The most pairs first, then the least cost: what the solver promises when pairs are forbidden.
    private static (int Count, double Cost) Exhaustive(double[,] costs, int row, bool[] used)
    {
        if (row == costs.GetLength(0))
        {
            return (0, 0);
        }

        var best = Exhaustive(costs, row + 1, used);
        for (var j = 0; j < costs.GetLength(1); j++)
        {
            if (used[j] || double.IsPositiveInfinity(costs[row, j]))
            {
                continue;
            }

            used[j] = true;
            var (count, cost) = Exhaustive(costs, row + 1, used);
            used[j] = false;
            var candidate = (count + 1, cost + costs[row, j]);
            if (candidate.Item1 > best.Count || (candidate.Item1 == best.Count && candidate.Item2 < best.Cost - 1e-9))
            {
                best = candidate;
            }
        }

        return best;
    }
}
