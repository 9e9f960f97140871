using Entente.Core.Projection;
using Entente.Tracking.Output;
using Entente.Tracking.Tracks;

namespace Entente.Rules.Situation;

/// <summary>
/// What the rules remember of one track across frames: where and when it was first seen, its recent positions (for
/// speeds over minutes rather than the filter's instantaneous estimate), and where it is now and was last frame.
/// </summary>
/// <remarks>Kept by <see cref="SituationContext"/>; not thread-safe.</remarks>
public sealed class TrackHistory
{
    private readonly Queue<(DateTimeOffset Time, ProjectedPoint Point)> _recent = new();

    internal TrackHistory(TrackReport first, DateTimeOffset time, SituationPlace? place)
    {
        Id = first.Id;
        FirstSeen = time;
        FirstReport = first;
        FirstPlace = place;
        Latest = first;
        Place = place;
    }

    /// <summary>The track number.</summary>
    public long Id { get; }

    /// <summary>The first frame it appeared in.</summary>
    public DateTimeOffset FirstSeen { get; }

    /// <summary>How it was reported in that frame.</summary>
    public TrackReport FirstReport { get; }

    /// <summary>Where it was in that frame (null for ships with AIS, which the place rules skip).</summary>
    public SituationPlace? FirstPlace { get; }

    /// <summary>How it is reported now.</summary>
    public TrackReport Latest { get; private set; }

    /// <summary>The last frame it appeared in.</summary>
    public DateTimeOffset LastSeen { get; private set; }

    /// <summary>Where it is now (null for ships with AIS).</summary>
    public SituationPlace? Place { get; private set; }

    /// <summary>Where it was in the previous frame it appeared in.</summary>
    public SituationPlace? PreviousPlace { get; private set; }

    /// <summary>Whether it has ever been classified a small boat (class can waver; the rules keep watching it).</summary>
    public bool EverSmallBoat { get; private set; }

    /// <summary>The furthest it has been from the coast, metres (0 until a place is known).</summary>
    public double MaxDistanceToCoastMetres { get; private set; }

    /// <summary>Whether the rules should treat it as a small boat now: once a small boat, until AIS names it a ship.</summary>
    public bool IsSmallBoat => EverSmallBoat && Latest.Class != TrackClass.VesselWithAis;

    /// <summary>Recent positions in the projection, oldest first.</summary>
    public IReadOnlyCollection<(DateTimeOffset Time, ProjectedPoint Point)> Recent => _recent;

    internal void Update(TrackReport report, DateTimeOffset time, SituationPlace? place, TimeSpan keep)
    {
        Latest = report;
        LastSeen = time;
        PreviousPlace = Place;
        Place = place;
        EverSmallBoat |= report.Class == TrackClass.SmallBoat && report.Status != TrackStatus.Tentative;
        if (place is not null)
        {
            MaxDistanceToCoastMetres = Math.Max(MaxDistanceToCoastMetres, place.DistanceToCoastMetres);
        }

        _recent.Enqueue((time, ChannelProjection.Project(report.Position)));
        while (_recent.Count > 0 && time - _recent.Peek().Time > keep)
        {
            _recent.Dequeue();
        }
    }

    /// <summary>Mean velocity over the ground over about a window, from the remembered positions, m/s (grid east,
    /// north); null when less than the window is remembered.</summary>
    /// <param name="window">How far back.</param>
    /// <returns>The mean velocity and the time it spans.</returns>
    public (double East, double North, TimeSpan Span)? MeanVelocity(TimeSpan window)
    {
        if (_recent.Count < 2)
        {
            return null;
        }

        var (lastTime, lastPoint) = (LastSeen, ChannelProjection.Project(Latest.Position));
        foreach (var (time, point) in _recent)
        {
            var span = lastTime - time;
            if (span <= window)
            {
                // The oldest position still inside the window: that span must cover most of the window.
                if (span < window * 0.9)
                {
                    return null;
                }

                var seconds = span.TotalSeconds;
                return ((lastPoint.EastingMetres - point.EastingMetres) / seconds, (lastPoint.NorthingMetres - point.NorthingMetres) / seconds, span);
            }
        }

        return null;
    }
}
