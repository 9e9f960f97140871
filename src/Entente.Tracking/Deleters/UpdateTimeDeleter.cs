using Entente.Tracking.Tracks;

namespace Entente.Tracking.Deleters;

/// <summary>Ends tracks by how long they have gone without a detection: quickly while tentative, after coasting once
/// confirmed, later for a track that AIS identifies (it reports seldom when slow).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class UpdateTimeDeleter : IDeleter
{
    /// <summary>Creates the deleter.</summary>
    /// <param name="options">Its settings; defaults when null.</param>
    public UpdateTimeDeleter(UpdateTimeDeleterOptions? options = null)
    {
        Options = options ?? new UpdateTimeDeleterOptions();
        Options.Validate();
    }

    /// <summary>The settings.</summary>
    public UpdateTimeDeleterOptions Options { get; }

    /// <inheritdoc />
    public TrackStatus Review(Track track, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(track);
        var silent = time - track.LastUpdate;
        var identified = track.Mmsi is not null;
        return track.Status switch
        {
            TrackStatus.Tentative when silent > (track.AisHits > 0 ? Options.AisTentativeTimeout : Options.TentativeTimeout) => TrackStatus.Deleted,
            TrackStatus.Confirmed or TrackStatus.Coasting when silent > (identified ? Options.AisDeleteAfter : Options.DeleteAfter) => TrackStatus.Deleted,
            TrackStatus.Confirmed or TrackStatus.Coasting when silent > Options.CoastAfter => TrackStatus.Coasting,
            TrackStatus.Coasting => TrackStatus.Confirmed,
            _ => track.Status,
        };
    }
}
