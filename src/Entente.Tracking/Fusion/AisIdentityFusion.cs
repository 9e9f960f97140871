using Entente.Tracking.Detections;
using Entente.Tracking.Tracks;

namespace Entente.Tracking.Fusion;

/// <summary>
/// Ties AIS identities to tracks. A report that starts a track names it at once; a track started by radar takes an
/// MMSI once <see cref="AisIdentityOptions.AttachAfterReports"/> reports in a row from it have joined it. One MMSI names
/// at most one live track: a report that no track took while another track holds its MMSI and heard from it lately is
/// suspect (spoofed, or a bad GPS fix) and is counted rather than starting a second vessel with the same name.
/// </summary>
/// <remarks>Not thread-safe: owned by one tracker.</remarks>
public sealed class AisIdentityFusion
{
    private readonly Dictionary<int, Track> _holders = [];

    /// <summary>Creates the fusion.</summary>
    /// <param name="options">Its settings; defaults when null.</param>
    public AisIdentityFusion(AisIdentityOptions? options = null)
    {
        Options = options ?? new AisIdentityOptions();
        Options.Validate();
    }

    /// <summary>The settings.</summary>
    public AisIdentityOptions Options { get; }

    /// <summary>Reports set aside as suspect: far from the track that holds their MMSI.</summary>
    public long SuspectReports { get; private set; }

    /// <summary>Times an MMSI moved from a track that had stopped hearing it to where its reports were.</summary>
    public long IdentityMoves { get; private set; }

    /// <summary>Whether an AIS report that no track took may start a track; counts it when not.</summary>
    /// <param name="detection">The report.</param>
    /// <returns>False when it is suspect.</returns>
    public bool MayStart(TrackerDetection detection)
    {
        ArgumentNullException.ThrowIfNull(detection);
        if (detection.Mmsi is not { } mmsi || !_holders.TryGetValue(mmsi, out var holder))
        {
            return true;
        }

        if (Heard(holder, detection.Time))
        {
            SuspectReports++;
            return false;
        }

        Release(holder);
        IdentityMoves++;
        return true;
    }

    /// <summary>Whether an AIS report may join a track: not while another track holds its MMSI and has heard from it
    /// lately (a lifeboat's reports must not name the small boat it is alongside).</summary>
    /// <param name="track">The track.</param>
    /// <param name="detection">The detection.</param>
    /// <returns>False when the report belongs to another track.</returns>
    public bool Admits(Track track, TrackerDetection detection)
    {
        ArgumentNullException.ThrowIfNull(track);
        ArgumentNullException.ThrowIfNull(detection);
        return detection.Mmsi is not { } mmsi || !_holders.TryGetValue(mmsi, out var holder) || ReferenceEquals(holder, track) ||
            !Heard(holder, detection.Time);
    }

    /// <summary>Takes in a detection that started a track.</summary>
    /// <param name="track">The new track.</param>
    /// <param name="detection">The detection.</param>
    public void Started(Track track, TrackerDetection detection)
    {
        ArgumentNullException.ThrowIfNull(track);
        ArgumentNullException.ThrowIfNull(detection);
        if (detection.Mmsi is { } mmsi)
        {
            track.AisHits = 1;
            track.LastAisUpdate = detection.Time;
            Attach(track, mmsi, detection.Name);
        }
    }

    /// <summary>Takes in a detection that updated a track.</summary>
    /// <param name="track">The track.</param>
    /// <param name="detection">The detection.</param>
    public void Updated(Track track, TrackerDetection detection)
    {
        ArgumentNullException.ThrowIfNull(track);
        ArgumentNullException.ThrowIfNull(detection);
        if (detection.Mmsi is not { } mmsi)
        {
            return;
        }

        track.AisHits++;
        track.LastAisUpdate = track.LastAisUpdate is { } last && last > detection.Time ? last : detection.Time;
        if (track.Mmsi == mmsi)
        {
            track.Name = detection.Name ?? track.Name;
            return;
        }

        track.PendingReports = track.PendingMmsi == mmsi ? track.PendingReports + 1 : 1;
        track.PendingMmsi = mmsi;
        if (track.PendingReports >= Options.AttachAfterReports)
        {
            if (_holders.TryGetValue(mmsi, out var holder))
            {
                if (Heard(holder, detection.Time))
                {
                    return;
                }

                Release(holder);
                IdentityMoves++;
            }

            Attach(track, mmsi, detection.Name);
        }
    }

    /// <summary>Forgets a deleted track's identity.</summary>
    /// <param name="track">The deleted track.</param>
    public void Deleted(Track track)
    {
        ArgumentNullException.ThrowIfNull(track);
        if (track.Mmsi is { } mmsi && _holders.TryGetValue(mmsi, out var holder) && ReferenceEquals(holder, track))
        {
            _holders.Remove(mmsi);
        }
    }

    private bool Heard(Track holder, DateTimeOffset time) =>
        holder.LastAisUpdate is { } heard && time - heard <= Options.HoldWithoutReports;

    private void Attach(Track track, int mmsi, string? name)
    {
        track.Mmsi = mmsi;
        track.Name = name;
        track.PendingMmsi = null;
        track.PendingReports = 0;
        _holders[mmsi] = track;
    }

    private void Release(Track holder)
    {
        _holders.Remove(holder.Mmsi!.Value);
        holder.Mmsi = null;
        holder.Name = null;
    }
}
