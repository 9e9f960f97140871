using Entente.Core.Sharing;
using Entente.Geo.Geography;
using Entente.Incidents.Assets;
using Entente.Incidents.Incidents;
using Entente.Server.Apis;

namespace Entente.Server.Picture;

/// <summary>The assets the centres can task: the Channel's defaults (<see cref="ChannelAssets"/>).</summary>
internal sealed class AssetRegistry(ChannelGeography geography)
{
    private readonly IReadOnlyList<RescueAsset> _assets = ChannelAssets.Create(geography);

    /// <summary>Every asset with its status: tasked on an open incident, or available.</summary>
    public IReadOnlyList<AssetResponse> Describe(LivePicture picture) =>
        picture.ReadIncidents<IReadOnlyList<AssetResponse>>(incidents =>
        {
            var tasked = incidents.Where(i => i.Status == IncidentStatus.Open)
                .SelectMany(i => i.Tasked.Values.Select(t => (t.AssetId, Incident: i.Id.ToString(), Task: AssetTaskTypes.ToName(t.Task))))
                .GroupBy(t => t.AssetId).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
            return [.. _assets.Select(a =>
            {
                var on = tasked.TryGetValue(a.Id, out var t) ? t : default;
                return new AssetResponse(a.Id, a.Name, a.Kind.ToString().ToLowerInvariant(), a.Nation == Nations.France ? "FR" : "UK", a.OperatorName,
                    a.Position.LatitudeDegrees, a.Position.LongitudeDegrees, a.SpeedKnots, on.Incident is null ? "available" : "tasked", on.Incident, on.Task);
            })];
        });

    public RescueAsset? Find(string? id) => id is null ? null : _assets.FirstOrDefault(a => a.Id == id);
}
