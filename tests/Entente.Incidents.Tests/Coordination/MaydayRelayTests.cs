using Entente.Core.Positions;
using Entente.Incidents.Coordination;
using Entente.Incidents.Incidents;
using Entente.Tracking.Output;
using Entente.Tracking.Tracks;

namespace Entente.Incidents.Tests.Coordination;

public sealed class MaydayRelayTests
{
    private static readonly Datum Datum = new(GeoPosition.FromDegrees(51.0, 1.5), new DateTimeOffset(2021, 11, 24, 2, 0, 0, TimeSpan.Zero), 500, DatumBasis.Track, 1);

    private static TrackReport Ship(long id, double lat, double lon, double knots, int? mmsi, TrackStatus status = TrackStatus.Confirmed) =>
        new(id, GeoPosition.FromDegrees(lat, lon), knots, 45, 30, mmsi is null ? TrackClass.Unknown : TrackClass.VesselWithAis, 0.9, status, mmsi,
            mmsi is null ? null : $"SHIP {id}");

    [Fact]
    public void Candidates_AreAisVesselsWithinTheRadius_NearestFirst_WithTheirEtas()
    {
        var tracks = new[]
        {
            Ship(1, 51.05, 1.5, 20, 235000001), // 5.56 km north, 20 kn
            Ship(2, 51.02, 1.5, 3, 235000002), // 2.2 km, slow: ETA at 10 kn
            Ship(3, 51.30, 1.5, 15, 235000003), // 33 km: outside 10 nm
            Ship(4, 51.01, 1.5, 5, null), // no AIS: cannot be called on the radio by name
            Ship(5, 51.01, 1.51, 12, 235000005, TrackStatus.Tentative),
        };

        var candidates = MaydayRelay.Candidates(tracks, Datum);

        Assert.Equal([235000002, 235000001], candidates.Select(c => c.Mmsi));
        Assert.Equal("SHIP 2", candidates[0].Name);
        Assert.InRange(candidates[0].DistanceMetres, 2_200, 2_250);
        // 2.22 km at the 10 kn assumed for a slow vessel: 7.2 min; 5.56 km at 20 kn: 9.0 min.
        Assert.InRange(candidates[0].EtaMinutes, 7.0, 7.4);
        Assert.InRange(candidates[1].EtaMinutes, 8.8, 9.2);
        Assert.Equal(3, MaydayRelay.Candidates(tracks, Datum, radiusNauticalMiles: 20).Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => MaydayRelay.Candidates(tracks, Datum, 0));
    }
}
