using Entente.Rules.Correlation;
using Entente.Core.Detections;
using Entente.Core.Positions;
using Entente.Core.Projection;
using Entente.Rules.Situation;
using Entente.Tracking.Output;
using Entente.Tracking.Tracks;

namespace Entente.Rules.Tests.Correlation;

/// <summary>Hand-built frames in mid-Strait: positions in kilometres east and north of 1.5°E, 50.95°N.</summary>
internal static class CorrelationFixture
{
    public static readonly DateTimeOffset Start = new(2021, 11, 24, 1, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset Minutes(double minutes) => Start + TimeSpan.FromMinutes(minutes);

    public static GeoPosition At(double eastKm, double northKm) =>
        ChannelProjection.Unproject(new ProjectedPoint(eastKm * 1000, 50_000 + (northKm * 1000)));

    public static TrackReport Boat(long id, double eastKm, double northKm, int? people = null, TrackClass trackClass = TrackClass.SmallBoat,
        TrackStatus status = TrackStatus.Confirmed, int? mmsi = null) =>
        new(id, At(eastKm, northKm), 5, 90, 50, trackClass, 0.9, status, mmsi, people: people);

    public static DetectionRecord Call(double minutes, double eastKm, double northKm, double sigmaMetres, string? caller, int? people = null,
        string? source = "phone") =>
        DetectionRecord.AtPosition(Minutes(minutes), "calls-" + (source ?? "unknown"), DetectionKind.Report, At(eastKm, northKm), sigmaMetres) with
        {
            Caller = caller,
            People = people,
            Source = source,
        };

    public static SituationFrame Frame(double minutes, IReadOnlyList<TrackReport> tracks, params DetectionRecord[] detections) =>
        new(Minutes(minutes), tracks, detections);

    /// <summary>Feeds frames a minute apart from <paramref name="fromMinutes"/> up to (not including) <paramref name="toMinutes"/>,
    /// with the tracks each minute, and returns every change.</summary>
    public static List<CaseChange> Run(DistressCorrelator correlator, double fromMinutes, double toMinutes,
        Func<double, IReadOnlyList<TrackReport>> tracks)
    {
        var changes = new List<CaseChange>();
        for (var m = fromMinutes; m < toMinutes; m++)
        {
            changes.AddRange(correlator.Observe(Frame(m, tracks(m))));
        }

        return changes;
    }
}
