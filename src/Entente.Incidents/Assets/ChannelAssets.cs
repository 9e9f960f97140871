using Entente.Core.Positions;
using Entente.Core.Sharing;
using Entente.Geo.Features;
using Entente.Geo.Geography;

namespace Entente.Incidents.Assets;

/// <summary>
/// The rescue and patrol assets a watch floor in the Strait can call on, by default: a lifeboat at each RNLI and SNSM
/// station in the geography, Border Force cutters at Dover, a Marine nationale patrol vessel and a Gendarmerie vessel at
/// Calais and Boulogne, and aircraft and a drone. Positions are their bases; a live feed moves them.
/// </summary>
/// <remarks>Speeds are typical transit speeds: RNLI Severn/Shannon class 25 kn, SNSM all-weather boats 22 kn, Border
/// Force cutters 20 kn, patrol vessels 18 kn, fixed-wing patrol aircraft 140 kn, helicopters 120 kn, drones 60 kn.</remarks>
public static class ChannelAssets
{
    /// <summary>The default assets, with the lifeboats placed at the stations of a geography.</summary>
    /// <param name="geography">The Channel geography.</param>
    /// <returns>The assets, UK first.</returns>
    public static IReadOnlyList<RescueAsset> Create(ChannelGeography geography)
    {
        ArgumentNullException.ThrowIfNull(geography);
        var assets = new List<RescueAsset>();
        foreach (var station in geography.OfKind(FeatureKind.LifeboatStation).OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            var nation = station.GetString("nation") == "FR" ? Nations.France : Nations.UnitedKingdom;
            var at = GeoPosition.FromDegrees(station.GeometryDegrees.Coordinate.Y, station.GeometryDegrees.Coordinate.X);
            assets.Add(new RescueAsset(station.Id + "-lifeboat", $"{station.Name} lifeboat", AssetKind.Lifeboat, nation,
                station.GetString("operator") ?? (nation == Nations.France ? "SNSM" : "RNLI"), at, nation == Nations.France ? 22 : 25));
        }

        assets.Add(new RescueAsset("bf-cutter-1", "Border Force cutter 1", AssetKind.Cutter, Nations.UnitedKingdom, "UK Border Force",
            GeoPosition.FromDegrees(51.115, 1.325), 20));
        assets.Add(new RescueAsset("bf-cutter-2", "Border Force cutter 2", AssetKind.Cutter, Nations.UnitedKingdom, "UK Border Force",
            GeoPosition.FromDegrees(51.118, 1.33), 20));
        assets.Add(new RescueAsset("hmcg-helicopter", "Coastguard helicopter (Lydd)", AssetKind.Helicopter, Nations.UnitedKingdom, "HM Coastguard",
            GeoPosition.FromDegrees(50.956, 0.939), 120));
        assets.Add(new RescueAsset("uk-aircraft", "UK surveillance aircraft", AssetKind.Aircraft, Nations.UnitedKingdom, "UK Border Force",
            GeoPosition.FromDegrees(51.342, 1.346), 140));
        assets.Add(new RescueAsset("fr-navy-patrol", "Patrouilleur (Marine nationale)", AssetKind.NavyVessel, Nations.France, "Marine nationale",
            GeoPosition.FromDegrees(50.968, 1.86), 18));
        assets.Add(new RescueAsset("fr-gendarmerie-vessel", "Vedette de la Gendarmerie maritime", AssetKind.GendarmerieVessel, Nations.France,
            "Gendarmerie maritime", GeoPosition.FromDegrees(50.727, 1.597), 18));
        assets.Add(new RescueAsset("fr-helicopter", "Hélicoptère Dauphin (Le Touquet)", AssetKind.Helicopter, Nations.France, "Marine nationale",
            GeoPosition.FromDegrees(50.515, 1.627), 120));
        assets.Add(new RescueAsset("fr-drone", "French coastal drone", AssetKind.Drone, Nations.France, "Préfecture maritime",
            GeoPosition.FromDegrees(50.85, 1.6), 60));
        return assets;
    }
}
