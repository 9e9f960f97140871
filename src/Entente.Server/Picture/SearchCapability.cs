using Entente.Core.Projection;
using Entente.Incidents.Assets;
using Entente.Sar.Search;

namespace Entente.Server.Picture;

/// <summary>
/// How each kind of asset searches for a small inflatable at night: search speed and sweep width. Assumed planning
/// values in the range IAMSAR Vol. II gives for small craft in moderate visibility, to be replaced by the centres' own
/// tables; a search speed is never above the asset's own speed.
/// </summary>
internal static class SearchCapability
{
    public static SearchAsset For(RescueAsset asset, double enduranceHours)
    {
        ArgumentNullException.ThrowIfNull(asset);
        var (speedKnots, sweepWidthMetres) = asset.Kind switch
        {
            AssetKind.Lifeboat => (12.0, 1_500.0),
            AssetKind.Cutter => (12.0, 2_000.0),
            AssetKind.NavyVessel => (12.0, 2_000.0),
            AssetKind.GendarmerieVessel => (12.0, 1_500.0),
            AssetKind.Aircraft => (120.0, 3_000.0),
            AssetKind.Helicopter => (80.0, 2_500.0),
            AssetKind.Drone => (50.0, 1_000.0),
            _ => (10.0, 1_000.0),
        };
        return new SearchAsset(asset.Id, Math.Min(speedKnots, asset.SpeedKnots), sweepWidthMetres, enduranceHours, ChannelProjection.Project(asset.Position));
    }
}
