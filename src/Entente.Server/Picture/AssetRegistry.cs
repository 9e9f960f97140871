using Entente.Core.Sharing;
using Entente.Geo.Geography;
using Entente.Incidents.Assets;
using Entente.Server.Apis;

namespace Entente.Server.Picture;

/// <summary>The assets the centres can task: the Channel's defaults (<see cref="ChannelAssets"/>).</summary>
internal sealed class AssetRegistry(ChannelGeography geography)
{
    private readonly IReadOnlyList<RescueAsset> _assets = ChannelAssets.Create(geography);

    public IReadOnlyList<AssetResponse> All =>
        [.. _assets.Select(a => new AssetResponse(a.Id, a.Name, a.Kind.ToString().ToLowerInvariant(), a.Nation == Nations.France ? "FR" : "UK",
            a.OperatorName, a.Position.LatitudeDegrees, a.Position.LongitudeDegrees, a.SpeedKnots))];

    public RescueAsset? Find(string? id) => id is null ? null : _assets.FirstOrDefault(a => a.Id == id);
}
