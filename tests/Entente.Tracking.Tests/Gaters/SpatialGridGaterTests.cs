using Entente.Tracking.Gaters;
using Entente.Tracking.Tracks;
using Entente.Tracking.Types;

namespace Entente.Tracking.Tests.Gaters;

public sealed class SpatialGridGaterTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void TheGrid_FindsExactlyThePairsThatTestingEveryPairFinds(int seed)
    {
        var random = new Random(seed);
        var start = TestPlots.Start;

        // 3,000 tracks over 60 × 60 km, some fast, some last updated a while ago; 800 detections spread over two
        // seconds, with errors from 20 m (radar) to 2.4 km (a distress call's position).
        var tracks = new List<Track>();
        for (var i = 0; i < 3_000; i++)
        {
            var time = start.AddSeconds(-random.Next(0, 30));
            var mean = Matrix.Column(random.NextDouble() * 60_000, (random.NextDouble() - 0.5) * 30, random.NextDouble() * 60_000, (random.NextDouble() - 0.5) * 30);
            tracks.Add(new Track(i + 1, new GaussianState(mean, Matrix.Diagonal(100, 1, 100, 1), time)));
        }

        var detections = Enumerable.Range(0, 800).Select(_ => TestPlots.Position(start.AddSeconds(random.NextDouble() * 2),
            random.NextDouble() * 60_000, random.NextDouble() * 60_000, random.NextDouble() < 0.05 ? 2_400 : 20)).ToList();
        bool Include(Track t) => t.Number % 5 != 0;

        var expected = new List<(int, int)>();
        new AllPairsGater().Candidates(tracks, detections, Include, expected);
        var found = new List<(int, int)>();
        var grid = new SpatialGridGater();
        grid.Candidates(tracks, detections, Include, found);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order().ToList(), found.Order().ToList());

        // The grid is reused between steps: a second call gives the same answer.
        var again = new List<(int, int)>();
        grid.Candidates(tracks, detections, Include, again);
        Assert.Equal(found, again);
    }
}
