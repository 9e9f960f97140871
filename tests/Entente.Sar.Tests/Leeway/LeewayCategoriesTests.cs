using System.Globalization;
using Entente.Sar.Leeway;
using Entente.Testing;

namespace Entente.Sar.Tests.Leeway;

public sealed class LeewayCategoriesTests
{
    [Fact]
    public void Table_HoldsTheCategoriesTheStraitNeeds()
    {
        foreach (var key in new[] { "PIW-1", "PIW-2", "PIW-6", "LIFE-RAFT-DB-22", "LIFE-RAFT-NB-1", "LIFE-RAFT-NB-2", "SKIFF-1", "SKIFF-3", "REFUGEE-RAFT-1" })
        {
            Assert.True(LeewayCategories.TryFind(key, out _), $"{key} is missing.");
        }

        Assert.True(LeewayCategories.TryFind("refugee-raft-1", out var raft));
        Assert.Equal(76, raft.Number);
        Assert.False(LeewayCategories.TryFind("PUSH-BACK", out _));
    }

    [Fact]
    public void Table_AgreesWithThePublishedObjectPropertyFile()
    {
        var path = Path.Combine(RepositoryPaths.Shared ?? "", "data", "sar", "OBJECTPROP.DAT");
        Assert.SkipUnless(RepositoryPaths.Shared is not null && File.Exists(path), "The shared leeway table (../shared/data/sar/OBJECTPROP.DAT) is not here.");

        var lines = File.ReadAllLines(path);
        var published = new Dictionary<string, (int Number, double[] Values)>(StringComparer.Ordinal);
        for (var i = 0; i + 2 < lines.Length; i += 3)
        {
            var head = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (head.Length != 2 || !int.TryParse(head[1], CultureInfo.InvariantCulture, out _))
            {
                break;
            }

            var values = lines[i + 2].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            published[head[0]] = (int.Parse(head[1], CultureInfo.InvariantCulture), values);
        }

        foreach (var category in LeewayCategories.All.Values)
        {
            Assert.True(published.TryGetValue(category.Key, out var row), $"{category.Key} is not in the published table.");
            Assert.Equal(row.Number, category.Number);
            double[] ours =
            [
                category.Downwind.SlopePercent, category.Downwind.OffsetCentimetresPerSecond, category.Downwind.SigmaCentimetresPerSecond,
                category.RightCrosswind.SlopePercent, category.RightCrosswind.OffsetCentimetresPerSecond, category.RightCrosswind.SigmaCentimetresPerSecond,
                category.LeftCrosswind.SlopePercent, category.LeftCrosswind.OffsetCentimetresPerSecond, category.LeftCrosswind.SigmaCentimetresPerSecond,
            ];
            Assert.Equal(row.Values, ours);
        }
    }

    [Fact]
    public void MeanLeeway_AtTenMetresPerSecond_IsThePublishedFigure()
    {
        // sar.md's table: REFUGEE-RAFT-1 23.9 cm/s, PIW-6 21.4 cm/s, LIFE-RAFT-NB-2 63.3 cm/s at U10 = 10 m/s.
        Assert.Equal(0.239, LeewayCategories.RefugeeRaft.MeanDownwindMetresPerSecond(10), tolerance: 1e-9);
        Assert.Equal(0.2137, LeewayCategories.PersonInWaterDeceased.MeanDownwindMetresPerSecond(10), tolerance: 1e-9);
        Assert.Equal(0.6331, LeewayCategories.LifeRaftNoBallastNoCanopy.MeanDownwindMetresPerSecond(10), tolerance: 1e-9);
    }

    [Fact]
    public void Scenarios_RejectNonPositiveWeights()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Entente.Sar.Drift.DriftScenario(LeewayCategories.PersonInWater, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Entente.Sar.Drift.DriftScenario(LeewayCategories.PersonInWater, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LeewayCoefficients(1, 0, -1));
    }
}
