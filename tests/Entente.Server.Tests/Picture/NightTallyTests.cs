using Entente.Server.Apis;
using Entente.Server.Picture;

namespace Entente.Server.Tests.Picture;

public sealed class NightTallyTests
{
    [Fact]
    public void BoatsAtSea_AreConfirmedOrCoastingSmallBoats_WithTheirPeople_AndEveryTrackIsCountedByClass()
    {
        var time = new DateTimeOffset(2026, 11, 21, 23, 0, 0, TimeSpan.Zero);
        TrackResponse[] tracks =
        [
            Track(1, "small-boat", "confirmed", 48),
            Track(2, "small-boat", "coasting", null),
            Track(3, "small-boat", "tentative", 30),
            Track(4, "vessel-ais", "confirmed", null),
            Track(5, "unknown", "tentative", null),
        ];

        var night = NightTally.Of(time, time.AddHours(-5), tracks, [], []);

        Assert.Equal(2, night.BoatsAtSea);
        Assert.Equal(48, night.PeopleAtSea);
        Assert.Equal(new TrackCounts(1, 3, 1), night.Tracks);
        Assert.Equal(0, night.Launches);
        Assert.Equal(0, night.IncidentsOpen);
    }

    private static TrackResponse Track(long id, string kind, string status, int? people) =>
        new(id, 51, 1.5, 5, 300, 30, kind, 0.9, status, null, null, people);
}
