namespace Entente.Tracking.Output;

/// <summary>
/// Every track the tracker reports at one instant: one line of the tracks format (docs/formats/tracks.md).
/// </summary>
/// <remarks>
/// Track ids are unique within a frame. The list is copied at construction, so the frame cannot change after it; two
/// frames are equal only when they are the same object. This type is immutable and thread-safe.
/// </remarks>
public sealed class TrackFrame
{
    /// <summary>Creates a frame.</summary>
    /// <param name="time">The instant the tracks are reported for.</param>
    /// <param name="tracks">The tracks, each id at most once; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tracks"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException">Two tracks have the same id.</exception>
    public TrackFrame(DateTimeOffset time, IReadOnlyList<TrackReport> tracks)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        var copy = new TrackReport[tracks.Count];
        var ids = new HashSet<long>();
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = tracks[i] ?? throw new ArgumentNullException(nameof(tracks), "A frame cannot hold a null track.");
            if (!ids.Add(copy[i].Id))
            {
                throw new ArgumentException($"Track id {copy[i].Id} appears twice in one frame.", nameof(tracks));
            }
        }

        Time = time;
        Tracks = Array.AsReadOnly(copy);
    }

    /// <summary>The instant the tracks are reported for.</summary>
    public DateTimeOffset Time { get; }

    /// <summary>The tracks, in the order given.</summary>
    public IReadOnlyList<TrackReport> Tracks { get; }
}
