using Entente.Core.Projection;
using Entente.Tracking.Output;
using Entente.Tracking.Tracks;

namespace Entente.Rules.Correlation;

/// <summary>
/// One track's recent positions, about one per history interval, and what the tracker last said of it. Positions asked
/// for outside the kept span are the nearest kept one, widened by how far an unseen boat could have moved.
/// </summary>
internal sealed class TrackHistory(long id)
{
    private readonly List<TrackSample> _samples = [];

    public long Id { get; } = id;

    public TrackClass Class { get; private set; }

    public int? People { get; private set; }

    public DateTimeOffset LastSeen { get; private set; }

    public IReadOnlyList<TrackSample> Samples => _samples;

    /// <summary>The tracker's probability that this is a small boat, smoothed over time: one fast leg or one strong echo
    /// flips the tracker's class, and the candidates should not flip with it.</summary>
    public double SmallBoatProbability { get; private set; }

    public void Observe(TrackReport report, DateTimeOffset time, TimeSpan interval, TimeSpan smoothing)
    {
        var probability = report.Class switch
        {
            TrackClass.SmallBoat => report.ClassConfidence,
            TrackClass.Unknown => 1 - report.ClassConfidence,
            _ => 0,
        };
        SmallBoatProbability = LastSeen == default
            ? probability
            : SmallBoatProbability + ((1 - Math.Exp(-(time - LastSeen) / smoothing)) * (probability - SmallBoatProbability));
        Class = report.Class;
        People = report.People ?? People;
        LastSeen = time;
        if (report.Class == TrackClass.VesselWithAis || !ChannelProjection.TryProject(report.Position, out var point))
        {
            return;
        }

        var sample = new TrackSample(time, point, report.Position, report.SigmaMetres);
        // The newest sample is provisional until an interval has passed since the one before, so that samples stay about
        // an interval apart while the latest position is always at hand.
        if (_samples.Count >= 2 && time - _samples[^2].Time < interval)
        {
            _samples[^1] = sample;
        }
        else if (_samples.Count == 0 || time > _samples[^1].Time)
        {
            _samples.Add(sample);
        }
    }

    public void Forget(DateTimeOffset before)
    {
        // Keep the newest sample whatever its age: it is where the track was last seen.
        var drop = 0;
        while (drop < _samples.Count - 1 && _samples[drop].Time < before)
        {
            drop++;
        }

        _samples.RemoveRange(0, drop);
    }

    /// <summary>The kept sample nearest in time, and the variance (m², per axis) of the track's position at that time:
    /// the sample's own, plus the distance an unseen boat could cover over the time between.</summary>
    public (TrackSample Sample, double VarianceSquareMetres) At(DateTimeOffset time, double unseenSpeedMetresPerSecond)
    {
        var index = Nearest(time);
        var sample = _samples[index];
        var gap = Math.Abs((time - sample.Time).TotalSeconds) * unseenSpeedMetresPerSecond;
        return (sample, (sample.SigmaMetres * sample.SigmaMetres) + (gap * gap));
    }

    private int Nearest(DateTimeOffset time)
    {
        var low = 0;
        var high = _samples.Count - 1;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (_samples[mid].Time < time)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        // low is the first sample at or after the time (or the last one); the one before may be nearer.
        return low > 0 && time - _samples[low - 1].Time < _samples[low].Time - time ? low - 1 : low;
    }
}
