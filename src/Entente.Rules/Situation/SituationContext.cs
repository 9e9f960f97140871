using Entente.Core.Positions;
using Entente.Core.Sharing;
using Entente.Geo.Features;
using Entente.Geo.Geography;
using Entente.Rules.Environment;
using Entente.Tracking.Tracks;

namespace Entente.Rules.Situation;

/// <summary>
/// What every rule shares: the geography, the assumed current, and each track's history, brought up to date once per
/// frame before the rules run. Tracks that vanished in the frame are listed in <see cref="Ended"/> for one frame.
/// </summary>
/// <remarks>Not thread-safe: the pipeline's thread drives it.</remarks>
public sealed class SituationContext
{
    private readonly Dictionary<long, TrackHistory> _tracks = [];
    private readonly List<TrackHistory> _ended = [];
    private readonly GeoFeature[] _beaches;

    /// <summary>Creates a context.</summary>
    /// <param name="geography">The Channel geography.</param>
    /// <param name="current">The assumed surface current; still water when null.</param>
    /// <param name="memory">How long positions are remembered per track; 20 minutes by default.</param>
    public SituationContext(ChannelGeography geography, ISeaCurrent? current = null, TimeSpan? memory = null)
    {
        Geography = geography ?? throw new ArgumentNullException(nameof(geography));
        Current = current ?? StillWater.Instance;
        Memory = memory ?? TimeSpan.FromMinutes(20);
        _beaches = [.. geography.OfKind(FeatureKind.LaunchBeach)];
    }

    /// <summary>The Channel geography.</summary>
    public ChannelGeography Geography { get; }

    /// <summary>The assumed surface current.</summary>
    public ISeaCurrent Current { get; }

    /// <summary>How long positions are remembered per track.</summary>
    public TimeSpan Memory { get; }

    /// <summary>The time of the frame last observed.</summary>
    public DateTimeOffset Time { get; private set; }

    /// <summary>The live tracks' histories.</summary>
    public IReadOnlyCollection<TrackHistory> Tracks => _tracks.Values;

    /// <summary>Tracks that were in the previous frame and are not in this one.</summary>
    public IReadOnlyList<TrackHistory> Ended => _ended;

    /// <summary>The launch beaches.</summary>
    public IReadOnlyList<GeoFeature> Beaches => _beaches;

    /// <summary>Brings every track's history up to a frame.</summary>
    /// <param name="frame">The frame.</param>
    public void Observe(SituationFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        Time = frame.Time;
        _ended.Clear();
        var seen = new HashSet<long>();
        foreach (var report in frame.Tracks)
        {
            seen.Add(report.Id);
            // Ships named by AIS are skipped for place queries: the place rules are about small boats, and the
            // lanes hold hundreds of ships.
            var place = report.Class == TrackClass.VesselWithAis ? null : PlaceOf(report.Position);
            if (!_tracks.TryGetValue(report.Id, out var history))
            {
                history = new TrackHistory(report, frame.Time, place);
                _tracks.Add(report.Id, history);
            }

            history.Update(report, frame.Time, place, Memory);
        }

        foreach (var (id, history) in _tracks)
        {
            if (!seen.Contains(id))
            {
                _ended.Add(history);
            }
        }

        foreach (var history in _ended)
        {
            _tracks.Remove(history.Id);
        }
    }

    /// <summary>Describes a position for the rules.</summary>
    /// <param name="position">The position.</param>
    /// <returns>Its place.</returns>
    public SituationPlace PlaceOf(GeoPosition position)
    {
        var (territorial, sar, lane, onLand) = Classify(Geography.ZonesAt(position));
        var beach = Geography.Nearest(position, FeatureKind.LaunchBeach);
        return new SituationPlace(territorial, sar, lane, onLand, onLand ? 0 : Geography.DistanceToCoastAtSeaMetres(position), beach?.Place,
            beach?.DistanceMetres ?? double.PositiveInfinity);
    }

    /// <summary>Whose territorial sea and whose SAR region hold a position: the cheap part of <see cref="PlaceOf"/>,
    /// for callers that need no more (the incidents stage at every frame).</summary>
    /// <param name="position">The position.</param>
    /// <returns>The states, or <see cref="Nations.None"/> outside them.</returns>
    public (Nations TerritorialSea, Nations SarRegion) WatersAt(GeoPosition position)
    {
        var (territorial, sar, _, _) = Classify(Geography.ZonesAt(position));
        return (territorial, sar);
    }

    private static (Nations TerritorialSea, Nations SarRegion, GeoFeature? Lane, bool OnLand) Classify(IReadOnlyList<GeoFeature> zones)
    {
        var territorial = Nations.None;
        var sar = Nations.None;
        GeoFeature? lane = null;
        var onLand = false;
        foreach (var zone in zones)
        {
            switch (zone.Kind)
            {
                case FeatureKind.Land:
                    onLand = true;
                    break;
                case FeatureKind.TerritorialSea:
                    territorial = NationOf(zone);
                    break;
                case FeatureKind.SarRegion:
                    sar = NationOf(zone);
                    break;
                case FeatureKind.TssLane:
                    lane = zone;
                    break;
                default:
                    break;
            }
        }

        return (territorial, sar, lane, onLand);
    }

    /// <summary>The state a feature's "nation" property names.</summary>
    /// <param name="feature">A feature.</param>
    /// <returns>The United Kingdom, France, or none.</returns>
    public static Nations NationOf(GeoFeature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        return feature.GetString("nation") switch
        {
            "UK" => Nations.UnitedKingdom,
            "FR" => Nations.France,
            _ => Nations.None,
        };
    }
}
