using Entente.Core.Sharing;
using Entente.Server.Apis;

namespace Entente.Server.Picture;

/// <summary>The picture after one frame, as pushed to the browsers.</summary>
/// <param name="Time">The frame's time.</param>
/// <param name="SentAt">The server's clock when the frame was made (clients measure the push's latency from it).</param>
/// <param name="Tracks">The live tracks, each with its provenance.</param>
/// <param name="Nights">The night so far as each agency may count it, in the order of <see cref="Agencies.All"/>.</param>
internal sealed record PictureSnapshot(DateTimeOffset Time, DateTimeOffset SentAt, IReadOnlyList<TrackResponse> Tracks, IReadOnlyList<NightResponse> Nights)
{
    /// <summary>The night as a viewer may count it: from what is releasable to their agency; nothing without one.</summary>
    /// <param name="viewer">The viewer's agency, or null.</param>
    /// <returns>The night.</returns>
    public NightResponse NightFor(Agency? viewer)
    {
        var index = viewer is null ? -1 : IndexOf(viewer);
        return index >= 0 && index < Nights.Count ? Nights[index] : NightTally.Of(Time, null, [], [], []);
    }

    /// <summary>An agency's index in <see cref="Agencies.All"/>, or -1.</summary>
    /// <param name="agency">The agency.</param>
    /// <returns>The index.</returns>
    public static int IndexOf(Agency agency)
    {
        for (var i = 0; i < Agencies.All.Count; i++)
        {
            if (Agencies.All[i].Id == agency.Id)
            {
                return i;
            }
        }

        return -1;
    }
}
